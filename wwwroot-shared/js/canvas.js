// Pointer-heavy work of the journey canvas: dragging, panning, zooming, rubber-band selection and handoff arrows.
// It keeps to the browser and tells .NET only the outcome (one call per drop), never each mouse move.

const DRAG_THRESHOLD = 4;
const MIN_ZOOM = 0.25;
const MAX_ZOOM = 2;

export function attach(root, dotnet) {
    const canvas = new Canvas(root, dotnet);
    canvas.start();
    return canvas;
}

class Canvas {
    constructor(root, dotnet) {
        this.root = root;
        this.dotnet = dotnet;
        this.viewport = root.querySelector('[data-viewport]');
        this.zoom = 1;
        this.spaceHeld = false;
        this.gesture = null;
        this.disposers = [];
    }

    get grid() { return this.root.querySelector('[data-grid]'); }
    get editable() { return this.root.dataset.editable === 'true'; }

    start() {
        this.on(this.viewport, 'pointerdown', e => this.pointerDown(e));
        this.on(window, 'pointermove', e => this.pointerMove(e));
        this.on(window, 'pointerup', e => this.pointerUp(e));
        this.on(window, 'pointercancel', () => this.cancelGesture());
        this.on(this.viewport, 'dblclick', e => this.doubleClick(e));
        this.on(this.viewport, 'wheel', e => this.wheel(e), { passive: false });
        this.on(this.root, 'keydown', e => this.keyDown(e));
        this.on(window, 'keyup', e => { if (e.key === ' ') this.setSpace(false); });
        this.on(this.root, 'click', e => this.toolbarClick(e));
        this.on(this.root, 'focusout', e => this.editorBlur(e));
        const observer = new ResizeObserver(() => this.drawHandoffs());
        observer.observe(this.grid);
        this.disposers.push(() => observer.disconnect());
        // A render that replaces the focused card leaves the focus on the page body until .NET calls refresh();
        // a key pressed in that moment (Ctrl+Z straight after a drop) would be lost. Mutation callbacks run before
        // the next input event, so the canvas takes the focus back at once.
        const keeper = new MutationObserver(() => this.keepFocus());
        keeper.observe(this.grid, { childList: true, subtree: true });
        this.disposers.push(() => keeper.disconnect());
        this.refresh();
    }

    on(target, type, handler, options) {
        target.addEventListener(type, handler, options);
        this.disposers.push(() => target.removeEventListener(type, handler, options));
    }

    dispose() { this.disposers.forEach(d => d()); }

    // Called by .NET after each render: arrows follow moved cards, a fresh editor gets the focus.
    refresh() {
        this.drawHandoffs();
        this.keepFocus();
        this.revealSelectedCard();
        const editor = this.root.querySelector('[data-editor]:not([data-focused])');
        if (editor) {
            editor.dataset.focused = 'true';
            editor.focus();
            if (editor.select) editor.select();
        }
        this.updateReadout();
    }

    // A card just selected may sit under the card panel that opened for it: bring it out once, then leave scrolling to the user.
    revealSelectedCard() {
        const selected = this.root.querySelectorAll('.card.selected');
        const card = selected.length === 1 ? selected[0] : null;
        const id = card ? card.dataset.cardId : null;
        if (id === this.revealed) return;
        this.revealed = id;
        if (card && this.root.classList.contains('with-panel')) card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }

    focusCell(stageId, laneId) {
        const cell = this.root.querySelector(`.cell[data-stage-id="${stageId}"][data-lane-id="${laneId}"]`);
        if (!cell) return;
        cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        if (!this.root.contains(document.activeElement) || document.activeElement === document.body) this.root.focus({ preventScroll: true });
    }

    // ---- pointer gestures -------------------------------------------------------------------------------------

    pointerDown(e) {
        if (this.gesture || isField(e.target)) return;
        if (e.button === 1 || (e.button === 0 && this.spaceHeld)) {
            e.preventDefault();
            this.gesture = { kind: 'pan', x: e.clientX, y: e.clientY, left: this.viewport.scrollLeft, top: this.viewport.scrollTop };
            this.root.classList.add('panning');
            return;
        }
        if (e.button !== 0) return;
        const connector = e.target.closest('[data-connector-for]');
        if (connector && this.editable) {
            e.preventDefault();
            this.gesture = { kind: 'connect', from: connector.dataset.connectorFor, x: e.clientX, y: e.clientY, moved: true };
            return;
        }
        const handoff = e.target.closest('[data-handoff-id]');
        if (handoff) {
            this.dotnet.invokeMethodAsync('HandoffClicked', handoff.dataset.handoffId);
            return;
        }
        const card = e.target.closest('[data-card-id]');
        if (card) {
            this.gesture = { kind: 'card', card, x: e.clientX, y: e.clientY, moved: false, shift: e.shiftKey || e.metaKey || e.ctrlKey };
            return;
        }
        const stage = e.target.closest('.stage-head[data-stage-id]');
        if (stage) {
            if (!e.target.closest('button, input, select')) this.gesture = { kind: 'stage', head: stage, x: e.clientX, y: e.clientY, moved: false };
            return;
        }
        const lane = e.target.closest('.lane-head[data-lane-id]');
        if (lane) {
            if (!e.target.closest('button, input, select')) this.gesture = { kind: 'lane', head: lane, x: e.clientX, y: e.clientY, moved: false };
            return;
        }
        if (e.target.closest('[data-grid]') || e.target === this.viewport) {
            this.gesture = { kind: 'band', x: e.clientX, y: e.clientY, moved: false, shift: e.shiftKey, cell: e.target.closest('.cell, [data-emotion-row]') };
        }
    }

    pointerMove(e) {
        const g = this.gesture;
        if (!g) return;
        const dx = e.clientX - g.x, dy = e.clientY - g.y;
        if (!g.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
        const starting = !g.moved;
        g.moved = true;
        switch (g.kind) {
            case 'pan':
                this.viewport.scrollLeft = g.left - dx;
                this.viewport.scrollTop = g.top - dy;
                break;
            case 'card':
                if (!this.editable) { g.kind = 'band'; g.cell = null; break; }
                if (starting) this.startCardDrag(g);
                this.moveCardDrag(g, e);
                break;
            case 'stage':
            case 'lane':
                if (!this.editable) break;
                if (starting) this.startHeadDrag(g);
                this.moveHeadDrag(g, e);
                break;
            case 'connect':
                this.moveConnector(g, e);
                break;
            case 'band':
                this.moveBand(g, e);
                break;
        }
    }

    pointerUp(e) {
        const g = this.gesture;
        if (!g) return;
        this.gesture = null;
        this.root.classList.remove('panning');
        switch (g.kind) {
            case 'card':
                if (g.moved && g.ghost) this.dropCards(g, e);
                else if (!g.moved) this.dotnet.invokeMethodAsync('CardClicked', g.card.dataset.cardId, g.shift);
                break;
            case 'stage':
            case 'lane':
                if (g.moved && g.ghost) this.dropHead(g);
                break;
            case 'connect':
                this.dropConnector(g, e);
                break;
            case 'band':
                this.endBand(g);
                break;
        }
        this.cleanUp(g);
    }

    cancelGesture() {
        if (this.gesture) this.cleanUp(this.gesture);
        this.gesture = null;
        this.root.classList.remove('panning');
    }

    cleanUp(g) {
        g.ghost?.remove();
        g.marker?.remove();
        g.band?.remove();
        g.line?.remove();
        this.root.querySelectorAll('.drop-target').forEach(el => el.classList.remove('drop-target'));
        this.root.classList.remove('dragging');
    }

    doubleClick(e) {
        if (!this.editable || isField(e.target)) return;
        const card = e.target.closest('[data-card-id]');
        if (card) { this.dotnet.invokeMethodAsync('EditCard', card.dataset.cardId); return; }
        const stage = e.target.closest('.stage-head[data-stage-id]');
        if (stage) { this.dotnet.invokeMethodAsync('RenameStage', stage.dataset.stageId); return; }
        const lane = e.target.closest('.lane-head[data-lane-id]');
        if (lane) { this.dotnet.invokeMethodAsync('RenameLane', lane.dataset.laneId); return; }
        const cell = this.cellAt(e.clientX, e.clientY, e.target);
        if (cell) this.dotnet.invokeMethodAsync('AddCardAt', cell.stageId, cell.laneId);
    }

    // A cell under the pointer; in the emotion row, which spans every stage, the stage is the column under the pointer.
    cellAt(x, y, target) {
        const el = target ?? document.elementFromPoint(x, y);
        const cell = el?.closest('.cell[data-stage-id]');
        if (cell) return { stageId: cell.dataset.stageId, laneId: cell.dataset.laneId, el: cell };
        const row = el?.closest('[data-emotion-row]');
        if (!row) return null;
        const head = [...this.root.querySelectorAll('.stage-head[data-stage-id]')].find(h => {
            const r = h.getBoundingClientRect();
            return x >= r.left && x < r.right;
        });
        return head ? { stageId: head.dataset.stageId, laneId: row.dataset.laneId, el: row } : null;
    }

    // ---- dragging cards ---------------------------------------------------------------------------------------

    startCardDrag(g) {
        // An emotion point travels alone: where it lands sets its own stage and score.
        const row = g.card.closest('[data-emotion-row]');
        const selected = !row && g.card.classList.contains('selected')
            ? [...this.root.querySelectorAll('[data-card-id].selected')].map(c => c.dataset.cardId)
            : [g.card.dataset.cardId];
        g.ids = selected;
        // The label sits above or below its dot; what the pointer carries is the dot, so remember how far off it was grabbed.
        if (row) g.grabOffsetY = g.y - scoreY(row, +(g.card.dataset.score || 0));
        const rect = g.card.getBoundingClientRect();
        g.offsetX = g.x - rect.left;
        g.offsetY = g.y - rect.top;
        g.ghost = g.card.cloneNode(true);
        g.ghost.removeAttribute('data-card-id');
        g.ghost.classList.add('drag-ghost');
        g.ghost.style.width = `${rect.width}px`;
        // An emotion point's label is placed by inline left/top in its row; the ghost is placed by its transform alone.
        Object.assign(g.ghost.style, { left: '0', top: '0' });
        if (selected.length > 1) {
            const badge = document.createElement('span');
            badge.className = 'drag-count';
            badge.textContent = selected.length;
            g.ghost.appendChild(badge);
        }
        document.body.appendChild(g.ghost);
        g.marker = document.createElement('div');
        g.marker.className = 'drop-marker';
        document.body.appendChild(g.marker);
        this.root.classList.add('dragging');
    }

    moveCardDrag(g, e) {
        g.ghost.style.transform = `translate(${e.clientX - g.offsetX}px, ${e.clientY - g.offsetY}px) rotate(1.5deg)`;
        this.root.querySelectorAll('.drop-target').forEach(el => el.classList.remove('drop-target'));
        const cell = this.cellAt(e.clientX, e.clientY);
        g.target = cell;
        g.score = null;
        if (!cell) { g.marker.style.display = 'none'; return; }
        cell.el.classList.add('drop-target');
        if (g.grabOffsetY !== undefined && cell.el.matches('[data-emotion-row]')) { this.aimEmotion(g, e, cell); return; }
        const siblings = [...cell.el.querySelectorAll(':scope [data-card-id]')]
            .filter(c => !g.ids.includes(c.dataset.cardId) && (cell.el.matches('.cell') || c.closest('[data-stage-col]')?.dataset.stageCol === cell.stageId));
        const before = siblings.find(c => {
            const r = c.getBoundingClientRect();
            return e.clientY < r.top + r.height / 2;
        });
        g.beforeId = before?.dataset.cardId ?? null;
        g.afterId = before ? null : siblings.at(-1)?.dataset.cardId ?? null;
        const anchor = before ?? siblings.at(-1);
        const cellRect = cell.el.getBoundingClientRect();
        const y = anchor ? (before ? anchor.getBoundingClientRect().top - 4 : anchor.getBoundingClientRect().bottom + 2) : cellRect.top + 6;
        Object.assign(g.marker.style, { display: 'block', left: `${cellRect.left + 8}px`, top: `${y}px`, width: `${cellRect.width - 16}px` });
    }

    // In the emotion row the dot's height is the score, and points of one stage stand side by side in their order.
    aimEmotion(g, e, cell) {
        const dotY = e.clientY - g.grabOffsetY;
        const top = scoreY(cell.el, 3), bottom = scoreY(cell.el, -3);
        g.score = Math.max(-3, Math.min(3, Math.round(3 - 6 * (dotY - top) / (bottom - top))));
        const siblings = [...cell.el.querySelectorAll(`[data-stage-col="${cell.stageId}"]`)].filter(c => !g.ids.includes(c.dataset.cardId));
        const before = siblings.find(c => {
            const r = c.getBoundingClientRect();
            return e.clientX < r.left + r.width / 2;
        });
        g.beforeId = before?.dataset.cardId ?? null;
        g.afterId = before ? null : siblings.at(-1)?.dataset.cardId ?? null;
        const column = this.root.querySelector(`.stage-head[data-stage-id="${cell.stageId}"]`).getBoundingClientRect();
        Object.assign(g.marker.style, { display: 'block', left: `${column.left + 8}px`, top: `${scoreY(cell.el, g.score) - 1}px`, width: `${column.width - 16}px` });
        const shown = g.ghost.querySelector('strong');
        if (shown) shown.textContent = g.score > 0 ? `+${g.score}` : g.score < 0 ? `−${-g.score}` : '0';
    }

    dropCards(g) {
        if (!g.target) return;
        if (g.score != null)
            this.dotnet.invokeMethodAsync('DropEmotion', g.ids[0], g.target.stageId, g.target.laneId, g.afterId, g.beforeId, g.score);
        else this.dotnet.invokeMethodAsync('DropCards', g.ids, g.target.stageId, g.target.laneId, g.afterId, g.beforeId);
    }

    // ---- reordering stages and lanes by their headers -------------------------------------------------------

    startHeadDrag(g) {
        const rect = g.head.getBoundingClientRect();
        g.ghost = g.head.cloneNode(true);
        g.ghost.classList.add('drag-ghost', 'head-ghost');
        g.ghost.style.width = `${rect.width}px`;
        g.ghost.style.height = `${rect.height}px`;
        g.offsetX = g.x - rect.left;
        g.offsetY = g.y - rect.top;
        document.body.appendChild(g.ghost);
        g.marker = document.createElement('div');
        g.marker.className = `drop-marker ${g.kind === 'stage' ? 'vertical' : ''}`;
        document.body.appendChild(g.marker);
        this.root.classList.add('dragging');
    }

    moveHeadDrag(g, e) {
        const horizontal = g.kind === 'stage';
        g.ghost.style.transform = horizontal
            ? `translate(${e.clientX - g.offsetX}px, ${g.head.getBoundingClientRect().top}px)`
            : `translate(${g.head.getBoundingClientRect().left}px, ${e.clientY - g.offsetY}px)`;
        const id = horizontal ? g.head.dataset.stageId : g.head.dataset.laneId;
        const heads = [...this.root.querySelectorAll(horizontal ? '.stage-head[data-stage-id]' : '.lane-head[data-lane-id]')]
            .filter(h => (horizontal ? h.dataset.stageId : h.dataset.laneId) !== id);
        const pos = horizontal ? e.clientX : e.clientY;
        const before = heads.find(h => {
            const r = h.getBoundingClientRect();
            return pos < (horizontal ? r.left + r.width / 2 : r.top + r.height / 2);
        });
        const key = horizontal ? 'stageId' : 'laneId';
        g.beforeId = before?.dataset[key] ?? null;
        g.afterId = before ? null : heads.at(-1)?.dataset[key] ?? null;
        const anchor = (before ?? heads.at(-1))?.getBoundingClientRect();
        if (!anchor) return;
        const gridRect = this.viewport.getBoundingClientRect();
        Object.assign(g.marker.style, horizontal
            ? { display: 'block', left: `${before ? anchor.left - 2 : anchor.right - 2}px`, top: `${gridRect.top}px`, width: '4px', height: `${gridRect.height}px` }
            : { display: 'block', left: `${gridRect.left}px`, top: `${before ? anchor.top - 2 : anchor.bottom - 2}px`, width: `${gridRect.width}px`, height: '4px' });
    }

    dropHead(g) {
        const method = g.kind === 'stage' ? 'MoveStage' : 'MoveLane';
        const id = g.kind === 'stage' ? g.head.dataset.stageId : g.head.dataset.laneId;
        this.dotnet.invokeMethodAsync(method, id, g.afterId, g.beforeId);
    }

    // ---- rubber band ----------------------------------------------------------------------------------------

    moveBand(g, e) {
        if (!g.band) {
            g.band = document.createElement('div');
            g.band.className = 'rubber-band';
            document.body.appendChild(g.band);
        }
        const left = Math.min(g.x, e.clientX), top = Math.min(g.y, e.clientY);
        Object.assign(g.band.style, { left: `${left}px`, top: `${top}px`, width: `${Math.abs(e.clientX - g.x)}px`, height: `${Math.abs(e.clientY - g.y)}px` });
        g.rect = { left, top, right: left + Math.abs(e.clientX - g.x), bottom: top + Math.abs(e.clientY - g.y) };
    }

    endBand(g) {
        if (!g.moved) {
            const cell = g.cell ? this.cellAt(g.x, g.y, g.cell) : null;
            if (cell) this.dotnet.invokeMethodAsync('CellClicked', cell.stageId, cell.laneId);
            else this.dotnet.invokeMethodAsync('ClearSelection');
            return;
        }
        if (!g.rect) return;
        const ids = [...this.root.querySelectorAll('[data-card-id]')].filter(c => intersects(c.getBoundingClientRect(), g.rect)).map(c => c.dataset.cardId);
        this.dotnet.invokeMethodAsync('SelectCards', ids, g.shift);
    }

    // ---- drawing a handoff ----------------------------------------------------------------------------------

    moveConnector(g, e) {
        const svg = this.root.querySelector('[data-handoffs]');
        if (!svg) return;
        if (!g.line) {
            g.line = document.createElementNS('http://www.w3.org/2000/svg', 'path');
            g.line.setAttribute('class', 'connecting');
            svg.appendChild(g.line);
        }
        const from = this.root.querySelector(`[data-card-id="${g.from}"]`);
        if (!from) return;
        const origin = this.gridPoint(from.getBoundingClientRect().right, centerY(from.getBoundingClientRect()));
        const to = this.gridPoint(e.clientX, e.clientY);
        g.line.setAttribute('d', `M${origin.x},${origin.y} L${to.x},${to.y}`);
        this.root.querySelectorAll('.connect-target').forEach(c => c.classList.remove('connect-target'));
        document.elementFromPoint(e.clientX, e.clientY)?.closest('[data-card-id]')?.classList.add('connect-target');
    }

    dropConnector(g, e) {
        this.root.querySelectorAll('.connect-target').forEach(c => c.classList.remove('connect-target'));
        const target = document.elementFromPoint(e.clientX, e.clientY)?.closest('[data-card-id]');
        if (target && target.dataset.cardId !== g.from) this.dotnet.invokeMethodAsync('ConnectCards', g.from, target.dataset.cardId);
    }

    // Arrows leave the source card's side, run along the gutters between cells and enter the target from its side,
    // so they never cross another card and follow any move after the next render.
    drawHandoffs() {
        const svg = this.root.querySelector('[data-handoffs]');
        const grid = this.grid;
        if (!svg || !grid) return;
        svg.setAttribute('width', grid.scrollWidth);
        svg.setAttribute('height', grid.scrollHeight);
        // The pending arrow of a handoff drawn with the keyboard is routed like the real ones.
        for (const group of svg.querySelectorAll('[data-handoff-id], [data-pending-handoff]')) {
            const from = this.root.querySelector(`[data-card-id="${group.dataset.from}"]`);
            const to = this.root.querySelector(`[data-card-id="${group.dataset.to}"]`);
            const label = group.querySelector('text');
            if (!from || !to) { group.style.display = 'none'; continue; }
            group.style.display = '';
            const { d, labelAt } = this.route(from, to);
            group.querySelectorAll('path').forEach(p => p.setAttribute('d', d));
            if (label) { label.setAttribute('x', labelAt.x); label.setAttribute('y', labelAt.y - 6); }
        }
    }

    route(fromEl, toEl) {
        const a = this.gridRect(fromEl), b = this.gridRect(toEl);
        const fromCell = this.gridRect(fromEl.closest('.cell, [data-emotion-row]') ?? fromEl);
        const toCell = this.gridRect(toEl.closest('.cell, [data-emotion-row]') ?? toEl);
        const rightward = b.left + b.width / 2 >= a.left + a.width / 2;
        const start = { x: rightward ? a.right : a.left, y: a.top + a.height / 2 };
        const end = { x: rightward ? b.left : b.right, y: b.top + b.height / 2 };
        const gutterOut = rightward ? Math.max(a.right, fromCell.right) + 1 : Math.min(a.left, fromCell.left) - 1;
        const gutterIn = rightward ? Math.min(b.left, toCell.left) - 1 : Math.max(b.right, toCell.right) + 1;
        let points;
        if (Math.abs(a.top - b.top) < 2 || fromCell.top === toCell.top) {
            // Same lane: along the row's bottom gutter when cells lie between, otherwise straight across.
            const adjacent = Math.abs(gutterOut - gutterIn) < 4;
            const laneGutter = Math.max(fromCell.bottom, toCell.bottom) - 3;
            points = adjacent ? [start, { x: gutterOut, y: start.y }, { x: gutterOut, y: end.y }, end]
                : [start, { x: gutterOut, y: start.y }, { x: gutterOut, y: laneGutter }, { x: gutterIn, y: laneGutter }, { x: gutterIn, y: end.y }, end];
        } else {
            const down = toCell.top > fromCell.top;
            const laneGutter = down ? toCell.top + 1 : toCell.bottom - 1;
            points = [start, { x: gutterOut, y: start.y }, { x: gutterOut, y: laneGutter }, { x: gutterIn, y: laneGutter }, { x: gutterIn, y: end.y }, end];
        }
        const mid = points[Math.floor(points.length / 2)];
        return { d: rounded(points, 8), labelAt: { x: (mid.x + points[Math.floor(points.length / 2) - 1].x) / 2, y: mid.y } };
    }

    gridRect(el) {
        const r = el.getBoundingClientRect();
        const p = this.gridPoint(r.left, r.top);
        const q = this.gridPoint(r.right, r.bottom);
        return { left: p.x, top: p.y, right: q.x, bottom: q.y, width: q.x - p.x, height: q.y - p.y };
    }

    // Client coordinates into the grid's own, unzoomed coordinates (the arrow layer lives inside the zoomed grid).
    gridPoint(x, y) {
        const g = this.grid.getBoundingClientRect();
        return { x: (x - g.left) / this.zoom, y: (y - g.top) / this.zoom };
    }

    // ---- zoom and pan ---------------------------------------------------------------------------------------

    wheel(e) {
        e.preventDefault();
        const factor = Math.exp(-e.deltaY * (e.ctrlKey ? 0.01 : 0.0015));
        this.zoomAt(this.zoom * factor, e.clientX, e.clientY);
    }

    zoomAt(next, clientX, clientY) {
        next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, next));
        const v = this.viewport.getBoundingClientRect();
        const px = clientX - v.left, py = clientY - v.top;
        const contentX = (this.viewport.scrollLeft + px) / this.zoom;
        const contentY = (this.viewport.scrollTop + py) / this.zoom;
        this.zoom = next;
        this.grid.style.zoom = String(next);
        this.viewport.scrollLeft = contentX * next - px;
        this.viewport.scrollTop = contentY * next - py;
        this.updateReadout();
        this.drawHandoffs();
    }

    zoomToFit() {
        const v = this.viewport.getBoundingClientRect();
        const width = this.grid.scrollWidth, height = this.grid.scrollHeight;
        this.zoomAt(Math.min(v.width / width, v.height / height, 1), v.left, v.top);
        this.viewport.scrollLeft = 0;
        this.viewport.scrollTop = 0;
    }

    updateReadout() {
        const readout = this.root.querySelector('[data-zoom-readout]');
        if (readout) readout.textContent = `${Math.round(this.zoom * 100)}%`;
        this.root.dispatchEvent(new CustomEvent('canvas-view'));
    }

    // The visible part of the grid as its top-left corner in grid pixels and the zoom: what a facilitator shares.
    view() {
        return { x: this.viewport.scrollLeft / this.zoom, y: this.viewport.scrollTop / this.zoom, zoom: this.zoom };
    }

    setView(x, y, zoom) {
        this.zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
        this.grid.style.zoom = String(this.zoom);
        this.viewport.scrollLeft = x * this.zoom;
        this.viewport.scrollTop = y * this.zoom;
        this.updateReadout();
        this.drawHandoffs();
    }

    toolbarClick(e) {
        const button = e.target.closest('[data-zoom]');
        if (!button) return;
        const v = this.viewport.getBoundingClientRect();
        const cx = v.left + v.width / 2, cy = v.top + v.height / 2;
        switch (button.dataset.zoom) {
            case 'in': this.zoomAt(this.zoom * 1.25, cx, cy); break;
            case 'out': this.zoomAt(this.zoom / 1.25, cx, cy); break;
            case 'fit': this.zoomToFit(); break;
            case 'reset': this.zoomAt(1, cx, cy); break;
        }
    }

    setSpace(held) {
        this.spaceHeld = held;
        this.root.classList.toggle('space-pan', held);
    }

    // ---- keyboard -------------------------------------------------------------------------------------------

    // A re-render can replace the focused card; the keyboard must stay with the canvas.
    keepFocus() {
        if (document.activeElement === document.body) this.root.focus({ preventScroll: true });
    }

    keyDown(e) {
        const editor = e.target.closest?.('[data-editor]');
        if (editor) { this.editorKey(e, editor); return; }
        if (isField(e.target)) return;
        if (e.key === ' ' && !e.repeat) { this.setSpace(true); e.preventDefault(); return; }
        const name = shortcutName(e);
        if (!name) return;
        if (name === 'zoom-fit') { e.preventDefault(); this.zoomToFit(); return; }
        e.preventDefault();
        this.dotnet.invokeMethodAsync('Shortcut', name);
    }

    editorKey(e, editor) {
        const multiline = editor.tagName === 'TEXTAREA';
        if (e.key === 'Escape') {
            e.preventDefault();
            editor.dataset.done = 'true';
            this.dotnet.invokeMethodAsync('CancelEdit');
            this.root.focus({ preventScroll: true });
        } else if (e.key === 'Enter' && (!multiline || !e.shiftKey)) {
            e.preventDefault();
            editor.dataset.done = 'true';
            // Only a run of new cards keeps typing in an editor; otherwise the keyboard returns to the canvas now,
            // so a shortcut pressed before the re-render (Alt+arrow right after Enter) is not lost.
            const continues = editor.hasAttribute('data-editor-chain') && editor.value.trim() !== '';
            if (!continues) this.root.focus({ preventScroll: true });
            this.dotnet.invokeMethodAsync('CommitEdit', editor.value, true);
        }
    }

    editorBlur(e) {
        const editor = e.target.closest?.('[data-editor]');
        if (!editor || editor.dataset.done) return;
        editor.dataset.done = 'true';
        this.dotnet.invokeMethodAsync('CommitEdit', editor.value, false);
    }
}

function shortcutName(e) {
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (mod && key === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (mod && key === 'y') return 'redo';
    if (mod && key === 'a') return 'select-all';
    if (mod && key === 'c') return 'copy';
    if (mod && key === 'v') return 'paste';
    if (mod && key === 'd') return 'duplicate';
    if (mod && key === '0') return 'zoom-fit';
    if (mod) return null;
    const arrows = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
    if (arrows[key]) return e.altKey ? `move-${arrows[key]}` : arrows[key];
    switch (key) {
        case 'n': return 'new-card';
        case 'h': return 'handoff';
        case 'Enter': case 'F2': return 'edit';
        case 'Delete': case 'Backspace': return 'delete';
        case 'Escape': return 'escape';
        case '?': return 'help';
        default: return null;
    }
}

function isField(el) {
    return !!el?.closest?.('input, textarea, select, [contenteditable=true], .detail-panel, dialog');
}

function intersects(r, band) {
    return r.left < band.right && r.right > band.left && r.top < band.bottom && r.bottom > band.top;
}

function centerY(r) { return r.top + r.height / 2; }

// Where a score's guide line is on screen in an emotion row, at whatever zoom.
function scoreY(row, score) { return centerY(row.querySelector(`[data-score-line="${score}"]`).getBoundingClientRect()); }

function rounded(points, radius) {
    let d = `M${points[0].x},${points[0].y}`;
    for (let i = 1; i < points.length - 1; i++) {
        const p = points[i], prev = points[i - 1], next = points[i + 1];
        const r = Math.min(radius, dist(prev, p) / 2, dist(p, next) / 2);
        const a = toward(p, prev, r), b = toward(p, next, r);
        d += ` L${a.x},${a.y} Q${p.x},${p.y} ${b.x},${b.y}`;
    }
    const last = points.at(-1);
    return `${d} L${last.x},${last.y}`;
}

function dist(a, b) { return Math.hypot(a.x - b.x, a.y - b.y); }

function toward(from, to, r) {
    const len = dist(from, to) || 1;
    return { x: from.x + (to.x - from.x) * r / len, y: from.y + (to.y - from.y) * r / len };
}
