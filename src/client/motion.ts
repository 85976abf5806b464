/**
 * The reader's motion preference: the system's "reduce motion" setting, overridden by the
 * site's own toggle, remembered in localStorage. It is applied as data-motion on <html>,
 * which the stylesheet reads.
 */
const KEY = 'explainer-motion';

export type Motion = 'full' | 'reduced';

function stored(): Motion | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'full' || value === 'reduced' ? value : null;
  } catch {
    return null;
  }
}

export function currentMotion(): Motion {
  return stored() ?? (matchMedia('(prefers-reduced-motion: reduce)').matches ? 'reduced' : 'full');
}

export function applyMotion(motion: Motion = currentMotion()): void {
  document.documentElement.dataset.motion = motion;
  for (const toggle of document.querySelectorAll<HTMLButtonElement>('[data-motion-toggle]')) {
    toggle.setAttribute('aria-pressed', String(motion === 'reduced'));
  }
}

export function setMotion(motion: Motion): void {
  try {
    localStorage.setItem(KEY, motion);
  } catch {
    // Private browsing may refuse storage; the choice still holds for this page.
  }
  applyMotion(motion);
}
