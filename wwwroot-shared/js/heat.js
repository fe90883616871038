// Heat mode's pointer and focus work: says which touchpoint or stage is under the pointer (or focused) and places
// the inspector beside it. The figures themselves come from the server.

const targetOf = el => {
    const chip = el?.closest?.('[data-heat-stage-chip]');
    if (chip) return chip.dataset.heatStageChip;
    const card = el?.closest?.('[data-card-id]');
    return card && card.querySelector(':scope > [data-heat-for]') ? card.dataset.cardId : null;
};

export function attach(dotnet) {
    const viewport = document.querySelector('[data-viewport]');
    let current = null;
    const tell = id => {
        if (id === current) return;
        current = id;
        dotnet.invokeMethodAsync('Inspect', id);
    };
    const over = e => tell(targetOf(e.target));
    const leave = () => tell(null);
    const focus = e => { const id = targetOf(e.target); if (id) tell(id); };
    viewport?.addEventListener('pointerover', over);
    viewport?.addEventListener('pointerleave', leave);
    viewport?.addEventListener('focusin', focus);
    const inspector = () => document.querySelector('[data-heat-inspector]');
    return {
        place(id) {
            const box = inspector();
            if (!box) return;
            const anchor = id && (document.querySelector(`[data-heat-stage-chip="${id}"]`) || document.getElementById(`card-${id}`));
            if (!anchor) { box.classList.add('hidden'); return; }
            const r = anchor.getBoundingClientRect();
            const w = box.offsetWidth || 300, h = box.offsetHeight || 220, gap = 10;
            let left = r.right + gap;
            if (left + w > window.innerWidth - 8) left = Math.max(8, r.left - w - gap);
            const top = Math.min(Math.max(8, r.top), window.innerHeight - h - 8);
            box.style.left = `${left}px`;
            box.style.top = `${top}px`;
        },
        dispose() {
            viewport?.removeEventListener('pointerover', over);
            viewport?.removeEventListener('pointerleave', leave);
            viewport?.removeEventListener('focusin', focus);
        },
    };
}
