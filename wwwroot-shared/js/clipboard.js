// Copies an input's value. The Clipboard API needs a secure context (https or this machine); elsewhere the text is
// selected and copied the old way, and the selection is left so the person can press Ctrl+C themselves if even that fails.
export async function copyValue(input) {
    input.focus();
    input.select();
    if (navigator.clipboard && window.isSecureContext) {
        try {
            await navigator.clipboard.writeText(input.value);
            return true;
        } catch {
            // Refused (no permission, page not focused): try the selection.
        }
    }
    try {
        return document.execCommand("copy");
    } catch {
        return false;
    }
}
