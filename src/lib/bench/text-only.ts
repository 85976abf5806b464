/**
 * The explainer as it would be with words alone: the same built HTML, stylesheet and fonts, less
 * every chart figure and every script. Its LCP is what the page's text costs by itself, so
 * LCP(ours) ÷ LCP(text only) says what the charts and scripts add to the first view.
 */

/** A chart is an SVG the chart code drew; the copy-link icons and other small SVGs stay. */
const CHART_SVG = /<svg\b[^>]*\bclass="[^"]*\bchart-svg\b/;

export function textOnly(html: string): string {
  // No element inside <script> can end it early: its text ends at the first </script>.
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');
  return removeElements(withoutScripts, 'figure', (element) => CHART_SVG.test(element)).replace(
    /<svg\b[^>]*\bclass="[^"]*\bchart-svg\b[^"]*"[^>]*>[\s\S]*?<\/svg\s*>/gi,
    '',
  );
}

/** Removes each <tag>…</tag> (nesting included) for which `drop` says yes. */
function removeElements(html: string, tag: string, drop: (element: string) => boolean): string {
  const opening = new RegExp(`<${tag}\\b`, 'gi');
  const either = new RegExp(`<${tag}\\b|</${tag}\\s*>`, 'gi');
  let out = '';
  let from = 0;
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    const start = match.index;
    either.lastIndex = start;
    let depth = 0;
    let end = -1;
    for (let token = either.exec(html); token; token = either.exec(html)) {
      depth += token[0].startsWith('</') ? -1 : 1;
      if (depth === 0) {
        end = token.index + token[0].length;
        break;
      }
    }
    if (end < 0) break;
    if (drop(html.slice(start, end))) {
      out += html.slice(from, start);
      from = end;
      opening.lastIndex = end;
    } else {
      // A figure that stays may hold one that goes.
      opening.lastIndex = match.index + match[0].length;
    }
  }
  return out + html.slice(from);
}
