// Copy buttons: <button data-copy-from="id of an input">. Browsers only let a page write to the clipboard while it
// handles the person's click, so the copy happens here, in the click, not after a round trip to the server.
let listening = false;

export function listen() {
    if (listening) return;
    listening = true;
    document.addEventListener('click', e => {
        const button = e.target.closest?.('[data-copy-from]');
        const input = button && document.getElementById(button.dataset.copyFrom);
        if (!input) return;
        copy(input).then(copied => tell(button, copied ? 'Copied ✓' : `Press ${/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+'}C to copy`));
    });
}

// The Clipboard API needs a secure context (https or this machine); elsewhere the selected text is copied the old
// way, and the selection stays so the person can copy it themselves if even that fails.
function copy(input) {
    input.focus();
    input.select();
    if (navigator.clipboard && window.isSecureContext)
        return navigator.clipboard.writeText(input.value).then(() => true, () => copySelection());
    return Promise.resolve(copySelection());
}

function copySelection() {
    try {
        return document.execCommand('copy');
    } catch {
        return false;
    }
}

function tell(button, text) {
    button.dataset.label ??= button.textContent;
    button.textContent = text;
    clearTimeout(button.copyTimer);
    button.copyTimer = setTimeout(() => { button.textContent = button.dataset.label; }, 2500);
}
