// Live co-editing in the browser: the hub connection of one canvas, and the presence of the others on the map.
// Changes go to .NET (which applies them to the map in version order); presence is drawn here and never stored.
import '/shared/lib/signalr/signalr.min.js';

const SEND_EVERY_MS = 33;          // about 30 presence updates a second, at most
const HEARTBEAT_MS = 10_000;       // an idle person still says they are here this often
const GONE_AFTER_MS = 35_000;      // someone unheard for this long has left (their instance may have died)
const RETRY_DELAYS = [0, 1000, 2000, 5000, 10000, 10000, 30000];

export async function connect(root, dotnet, canvas, mapId) {
    const live = new Live(root, dotnet, canvas, mapId);
    await live.start();
    return live;
}

class Live {
    constructor(root, dotnet, canvas, mapId) {
        this.root = root;
        this.dotnet = dotnet;
        this.canvas = canvas;
        this.mapId = mapId;
        this.others = new Map();
        this.local = { cursor: null, selection: [], editing: null, viewport: null };
        this.lastSent = 0;
        this.sendTimer = null;
        this.leader = null;
        this.leading = false;
        this.following = true;
        this.disposers = [];
        this.connection = new signalR.HubConnectionBuilder()
            .withUrl('/hubs/maps')
            .withAutomaticReconnect(RETRY_DELAYS)
            .configureLogging(signalR.LogLevel.Warning)
            .build();
        this.connection.on('changed', m => this.changed(m));
        this.connection.on('joined', member => this.joined(member));
        this.connection.on('present', (member, state) => this.present(member, state));
        this.connection.on('left', id => this.left(id));
        this.connection.on('leading', member => this.leadingChanged(member));
        this.connection.on('heat', () => this.dotnet.invokeMethodAsync('HeatChanged'));
        this.connection.onreconnecting(() => this.setStatus('reconnecting', 'Reconnecting… your edits are kept and sent when the link is back.'));
        this.connection.onreconnected(() => this.join());
        this.connection.onclose(() => this.closed());
    }

    get viewport() { return this.root.querySelector('[data-viewport]'); }
    get layer() { return this.root.querySelector('[data-presence]'); }
    get bar() { return this.root.querySelector('[data-presence-bar]'); }

    async start() {
        this.on(this.viewport, 'pointermove', e => this.pointerMoved(e));
        this.on(this.viewport, 'pointerleave', () => this.share({ cursor: null }));
        this.on(this.viewport, 'scroll', () => this.viewChanged());
        this.on(this.root, 'canvas-view', () => this.viewChanged());
        this.on(this.root, 'click', e => this.barClick(e));
        const heartbeat = setInterval(() => this.heartbeat(), HEARTBEAT_MS);
        this.disposers.push(() => clearInterval(heartbeat));
        this.setStatus('connecting', 'Connecting to the live session…');
        try {
            await this.connection.start();
            await this.join();
        } catch {
            this.closed();
        }
    }

    async join() {
        const result = await this.connection.invoke('Join', this.mapId);
        this.me = result.me;
        this.others.clear();
        this.setStatus('live', 'Live: every change reaches everyone on this map.');
        await this.dotnet.invokeMethodAsync('Resync', result.version);
        this.sendNow();
        this.render();
    }

    closed() {
        if (this.disposed) return;
        this.setStatus('offline', 'Offline: changes by others will show when the link is back. Retrying…');
        setTimeout(() => this.restart(), 5000);
    }

    async restart() {
        if (this.disposed || this.connection.state !== signalR.HubConnectionState.Disconnected) return;
        try {
            await this.connection.start();
            await this.join();
        } catch {
            this.closed();
        }
    }

    // ---- changes ---------------------------------------------------------------------------------------------

    changed(message) {
        if (message.mapId !== this.mapId) return;
        this.dotnet.invokeMethodAsync('RemoteChanged', message.version, JSON.stringify(message.events));
    }

    // ---- this person's presence -----------------------------------------------------------------------------

    // Called by .NET after each render with what this person has selected and is editing.
    setLocal(selection, editing) {
        const same = editing === this.local.editing && selection.length === this.local.selection.length
            && selection.every((id, i) => id === this.local.selection[i]);
        this.renderRemote();
        if (!same) this.share({ selection, editing });
    }

    pointerMoved(e) {
        const grid = this.root.querySelector('[data-grid]');
        if (!grid) return;
        const g = grid.getBoundingClientRect();
        const zoom = parseFloat(grid.style.zoom || '1');
        this.share({ cursor: { x: Math.round((e.clientX - g.left) / zoom), y: Math.round((e.clientY - g.top) / zoom) } });
    }

    viewChanged() {
        if (this.leading) this.share({ viewport: this.canvas.view() });
    }

    share(change) {
        Object.assign(this.local, change);
        if (this.sendTimer) return;
        const wait = Math.max(0, this.lastSent + SEND_EVERY_MS - performance.now());
        this.sendTimer = setTimeout(() => this.sendNow(), wait);
    }

    sendNow() {
        clearTimeout(this.sendTimer);
        this.sendTimer = null;
        if (this.connection.state !== signalR.HubConnectionState.Connected) return;
        this.lastSent = performance.now();
        const state = { ...this.local, viewport: this.leading ? this.canvas.view() : null };
        this.connection.invoke('Share', this.mapId, state).catch(() => { });
    }

    heartbeat() {
        if (performance.now() - this.lastSent > HEARTBEAT_MS - 500) this.sendNow();
        const now = Date.now();
        let changed = false;
        for (const [id, other] of this.others) {
            if (now - other.seen > GONE_AFTER_MS) { this.others.delete(id); changed = true; }
        }
        if (changed) this.render();
    }

    // ---- the others -------------------------------------------------------------------------------------------

    joined(member) {
        this.others.set(member.connectionId, { member, state: { cursor: null, selection: [], editing: null }, seen: Date.now() });
        this.render();
        const state = { ...this.local, viewport: null };
        this.connection.invoke('Greet', this.mapId, member.connectionId, state).catch(() => { });
        if (this.leading) this.connection.invoke('Lead', this.mapId, true).catch(() => { });
    }

    present(member, state) {
        this.others.set(member.connectionId, { member, state, seen: Date.now() });
        if (this.leader?.connectionId === member.connectionId && this.following && state.viewport)
            this.canvas.setView(state.viewport.x, state.viewport.y, state.viewport.zoom);
        this.render();
    }

    left(connectionId) {
        this.others.delete(connectionId);
        if (this.leader?.connectionId === connectionId) this.leadingChanged(null);
        this.render();
    }

    leadingChanged(member) {
        this.leader = member;
        this.leading = member?.connectionId === this.me?.connectionId;
        if (!this.leading) this.following = true;
        if (this.leading) this.sendNow();
        this.render();
    }

    barClick(e) {
        const action = e.target.closest('[data-live-action]')?.dataset.liveAction;
        if (!action) return;
        if (action === 'lead') this.connection.invoke('Lead', this.mapId, true).catch(err => this.tell(err));
        if (action === 'stop-leading') this.connection.invoke('Lead', this.mapId, false).catch(err => this.tell(err));
        if (action === 'unfollow') { this.following = false; this.render(); }
        if (action === 'follow') {
            this.following = true;
            const state = this.others.get(this.leader?.connectionId)?.state;
            if (state?.viewport) this.canvas.setView(state.viewport.x, state.viewport.y, state.viewport.zoom);
            this.render();
        }
    }

    tell(err) {
        this.setStatus('live', String(err?.message ?? err).replace(/^.*HubException: /, ''));
    }

    // ---- drawing ----------------------------------------------------------------------------------------------

    render() {
        this.renderBar();
        this.renderRemote();
    }

    renderBar() {
        const bar = this.bar;
        if (!bar) return;
        const people = this.people();
        const avatars = people.map(({ member, tabs, editing, selected, leads }) => {
            const doing = editing ? ' · editing a card' : selected ? ` · ${selected} selected` : '';
            const leading = leads ? ' · leading' : '';
            const open = tabs > 1 ? ` · in ${tabs} windows` : '';
            return `<span class="avatar live-avatar" style="--who:${member.colour}" title="${escape(member.name)} (${escape(member.role)})${doing}${leading}${open}"
                          data-testid="presence-avatar" aria-label="${escape(member.name)}${doing}${leading}">${escape(member.initials)}</span>`;
        }).join('');
        let lead = '';
        if (this.leading) {
            lead = `<span class="lead-note">Everyone follows your view</span><button class="tool wide" data-live-action="stop-leading">Stop leading</button>`;
        } else if (this.leader) {
            const leader = this.leader.userId === this.me?.userId ? 'your other window' : escape(this.leader.name);
            lead = this.following
                ? `<span class="lead-note">Following ${leader}</span><button class="tool wide" data-live-action="unfollow">Stop following</button>`
                : `<button class="tool wide" data-live-action="follow">Follow ${leader}</button>`;
        } else if (this.me?.canLead) {
            lead = `<button class="tool wide" data-live-action="lead" title="Everyone on the map sees what you see">Lead the room</button>`;
        }
        const count = people.length === 0 ? 'Only you' : `${people.length + 1} here`;
        bar.innerHTML = `<span class="live-dot ${this.status}" title="${escape(this.statusText)}" data-testid="live-status" data-status="${this.status}"></span>
            <span class="live-count">${count}</span><span class="live-avatars">${avatars}</span>${lead}`;
    }

    // One avatar a person, however many windows they have the map open in; one's own other windows are not someone else.
    people() {
        const byUser = new Map();
        for (const { member, state } of this.others.values()) {
            if (member.userId === this.me?.userId) continue;
            const person = byUser.get(member.userId) ?? { member, tabs: 0, editing: false, selected: 0, leads: false };
            person.tabs++;
            person.editing ||= !!state.editing;
            person.selected = Math.max(person.selected, state.selection?.length ?? 0);
            person.leads ||= this.leader?.connectionId === member.connectionId;
            byUser.set(member.userId, person);
        }
        return [...byUser.values()];
    }

    renderRemote() {
        const layer = this.layer;
        if (!layer) return;
        const parts = [];
        for (const { member, state } of this.others.values()) {
            if (member.userId === this.me?.userId) continue;
            const colour = `--who:${member.colour}`;
            for (const id of state.selection ?? []) {
                const box = this.cardBox(id);
                if (box) parts.push(`<div class="remote-selection" data-remote-selection="${id}" style="${colour};left:${box.x}px;top:${box.y}px;width:${box.w}px;height:${box.h}px"></div>`);
            }
            if (state.editing) {
                const box = this.cardBox(state.editing);
                if (box) parts.push(`<div class="remote-editing" data-remote-editing="${state.editing}" style="${colour};left:${box.x}px;top:${box.y}px;width:${box.w}px;height:${box.h}px">
                    <span>${escape(member.name)} is editing</span></div>`);
            }
            if (state.cursor) {
                parts.push(`<div class="remote-cursor" data-remote-cursor="${escape(member.name)}" style="${colour};left:${state.cursor.x}px;top:${state.cursor.y}px">
                    <svg width="16" height="16" viewBox="0 0 16 16"><path d="M1 1 L14 7 L8 8.5 L6 15 Z" /></svg><span>${escape(member.name)}</span></div>`);
            }
        }
        layer.innerHTML = parts.join('');
    }

    // A card's box in grid pixels, read from where the browser laid it out.
    cardBox(id) {
        const card = this.root.querySelector(`[data-card-id="${CSS.escape(id)}"]`);
        const grid = this.root.querySelector('[data-grid]');
        if (!card || !grid) return null;
        const zoom = parseFloat(grid.style.zoom || '1');
        const g = grid.getBoundingClientRect(), r = card.getBoundingClientRect();
        return { x: (r.left - g.left) / zoom, y: (r.top - g.top) / zoom, w: r.width / zoom, h: r.height / zoom };
    }

    setStatus(status, text) {
        this.status = status;
        this.statusText = text;
        this.root.dataset.live = status;
        this.renderBar();
    }

    on(target, type, handler) {
        target.addEventListener(type, handler);
        this.disposers.push(() => target.removeEventListener(type, handler));
    }

    async dispose() {
        this.disposed = true;
        this.disposers.forEach(d => d());
        clearTimeout(this.sendTimer);
        await this.connection.stop();
    }
}

function escape(text) {
    return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
