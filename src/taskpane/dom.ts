/**
 * Kleine hulpjes voor de DOM van het taakvenster, gedeeld door taskpane.ts en de lui geladen delen
 * (cijfers.ts); ze staan in het script van de pagina zelf.
 */

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...kinderen: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else e.setAttribute(k, v);
  }
  for (const k of kinderen) e.append(k);
  return e;
}

/** Meervoud: "1 dossier", "2 dossiers". */
export function aantal(n: number, enkel: string, meer: string): string {
  return `${n} ${n === 1 ? enkel : meer}`;
}
