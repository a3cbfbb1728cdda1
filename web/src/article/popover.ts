// One floating card for the annotation under the pointer or the keyboard focus; a click or
// Enter pins it until Escape, a click elsewhere or another annotation.
import { clear, h } from '../dom.js';

export class Popover {
  private el: HTMLElement;
  private pinned = false;
  private anchor: HTMLElement | null = null;

  constructor() {
    this.el = document.getElementById('popover') ?? document.body.appendChild(h('div', { id: 'popover', role: 'tooltip', hidden: true }));
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !this.el.hidden) {
        const back = this.anchor;
        this.hide(true);
        back?.focus();
      }
    });
    document.addEventListener('click', (e) => {
      if (this.pinned && !this.el.contains(e.target as Node) && !(e.target as Element).closest?.('.ann')) this.hide(true);
    });
  }

  show(anchor: HTMLElement, content: Node[], pin: boolean): void {
    if (!pin && anchor === this.anchor && !this.el.hidden) return;
    if (this.pinned && !pin && anchor !== this.anchor) return;
    this.pinned = pin || (this.pinned && anchor === this.anchor);
    this.anchor = anchor;
    clear(this.el);
    for (const c of content) this.el.appendChild(c);
    if (this.pinned) this.el.prepend(h('button', { type: 'button', class: 'close', 'aria-label': 'Close', onclick: () => this.hide(true) }, '×'));
    // A card shown on hover lets the pointer through to the text under it; a pinned one
    // takes clicks (its links) and closes with × , Escape or a click elsewhere.
    this.el.classList.toggle('pinned', this.pinned);
    this.el.hidden = false;
    const r = anchor.getBoundingClientRect();
    const w = Math.min(340, window.innerWidth - 16);
    this.el.style.width = `${w}px`;
    const left = Math.min(Math.max(8, r.left + window.scrollX), window.scrollX + window.innerWidth - w - 8);
    this.el.style.left = `${left}px`;
    const below = r.bottom + window.scrollY + 6;
    this.el.style.top = `${below}px`;
    // Flip above the anchor when the card would leave the viewport.
    const height = this.el.offsetHeight;
    if (r.bottom + 6 + height > window.innerHeight && r.top - height - 6 > 0) this.el.style.top = `${r.top + window.scrollY - height - 6}px`;
  }

  hide(force = false): void {
    if (this.pinned && !force) return;
    this.pinned = false;
    this.anchor = null;
    this.el.hidden = true;
  }
}
