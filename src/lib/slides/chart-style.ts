/**
 * The chart's look written out for an SVG file that stands alone (a slide), where the site's
 * stylesheet is not there. It follows src/styles/charts.css in the light palette, at the type
 * sizes a phone gets where a chart places its words for those (the larger ones), the map's wide
 * label set with each place's status line, and only in the CSS
 * resvg understands: no custom properties, no :is(), no media queries, no text-transform. Change
 * a chart's colours or type in both places (the shared geography's look is taken from its own
 * definition); the slide tests look at what this draws.
 */
import { readFileSync } from 'node:fs';
import { SHARED_PATH_STYLES } from '../../charts/geo/shared-geography.ts';

/**
 * The light palette's tokens, read from global.css so the slides never keep their own copy (the
 * path is the project's, as the content folder's is: builds and tests run from its root).
 */
export function lightPalette(css: string = readFileSync('src/styles/global.css', 'utf8')): Record<string, string> {
  const block = css.slice(css.indexOf('@theme'), css.indexOf('@media (prefers-color-scheme: dark)'));
  return Object.fromEntries([...block.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map(([, name, value]) => [name!, value!]));
}

/** `color-mix(in srgb, a p%, b)`, as the page mixes the map's land colours. */
function mix(a: string, share: number, b: string): string {
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2].map((i) => Math.round(channel(a, i) * share + channel(b, i) * (1 - share)).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The shared geography's look (countries, rivers, the comparison outline), taken from the rules
 * the site's base-geography file writes, with the page's colour tokens put in: one definition, so
 * a slide's land cannot drift from the page's.
 */
export function sharedPathRules(c: Record<string, string>): string {
  const token = (name: string) => {
    const value = c[name];
    if (!value) throw new Error(`The light palette has no --color-${name}, which the shared geography's styles use`);
    return value;
  };
  const resolve = (style: string) =>
    style
      .replace(/color-mix\(in srgb,var\(--color-([a-z-]+)\) (\d+)%,var\(--color-([a-z-]+)\)\)/g, (_, a: string, share: string, b: string) => mix(token(a), Number(share) / 100, token(b)))
      .replace(/var\(--color-([a-z-]+)\)/g, (_, name: string) => token(name));
  return Object.entries(SHARED_PATH_STYLES)
    .map(([name, style]) => `.${name}{${resolve(style)}}`)
    .join('\n');
}

/** Classes whose words the page prints in capitals with text-transform; a slide writes them so. */
export const UPPERCASE_CLASSES = ['label-group', 'country-label'];

const roles = ['is-held', 'retaken', 'contested', 'influence', 'neutral'];

/** `dated`: the map shows one moment (each place's status word), as the handout's dated figures do. */
export function chartStyle(dated: boolean, c: Record<string, string> = lightPalette()): string {
  const role = (classes: string, body: (colour: string) => string) =>
    roles
      .map((name) => {
        const selectors = classes.split(',').flatMap((mark) => [`.role-${name}.${mark.trim()}`, `.role-${name} .${mark.trim()}`]);
        return `${selectors.join(',')}{${body(c[name]!)}}`;
      })
      .join('\n');
  const halo = `paint-order:stroke;stroke:${c.paper};stroke-width:3px;stroke-linejoin:round`;
  return `
.chart-svg{font-size:15.5px}
.chart-svg[data-chart="territory"],.chart-svg[data-chart="size-map"]{font-size:18px}
.chart-svg[data-chart="territory"] .label-event,.chart-svg[data-chart="territory"] .label-small{font-size:18px}
.chart-svg[data-chart="people"],.chart-svg[data-chart="fighters"]{font-size:14px}
.chart-svg text{fill:${c.ink}}
.axis line{stroke:${c.muted}}
.axis text{fill:${c.muted}}
.axis-title{font-weight:600}
.label-muted{fill:${c.muted}}
.label-strong{font-weight:700}
.label-group{font-weight:700;letter-spacing:0.04em;font-size:11px;fill:${c.muted}}
.label-event,.label-small{font-size:12px}
.chart-svg[data-chart="people"] .label-small,.chart-svg[data-chart="people"] .label-group,.chart-svg[data-chart="fighters"] .label-small,.chart-svg[data-chart="fighters"] .label-group{font-size:13px}
${role('area', (m) => `fill:${m};fill-opacity:0.18;stroke:none`)}
${role('series-line', (m) => `fill:none;stroke:${m};stroke-width:2.5`)}
${role('point,estimate-dot,estimate-bar,marker', (m) => `fill:${m};stroke:${c.paper};stroke-width:1.5`)}
${role('hollow,marker-hollow', (m) => `fill:${c.paper};stroke:${m};stroke-width:2.5`)}
${role('qualifier-arrow', (m) => `fill:none;stroke:${m};stroke-width:2`)}
.row-rule{stroke:${c.rule}}
.event-rule,.series-end{stroke:${c.muted};stroke-dasharray:3 3}
.reference-line{stroke:${c.ink};stroke-width:1.5;stroke-dasharray:6 4}
.inset-frame{fill:${c.paper};stroke:${c.muted}}
.inset-axis{stroke:${c.muted}}
.fold-summary,.off-static{display:none}
.is-folded .row,.is-folded .fold-hide{display:none}
.is-folded .fold-summary{display:inline}
.strip{fill-opacity:0.8}
${sharedPathRules(c)}
.labels-phone{display:none}
.chart-svg .country-label{fill:${c.muted};font-size:13.6px;letter-spacing:0.06em}
.chart-svg .country-label-focus{fill:${c.ink};font-weight:700;font-size:14px}
.chart-svg .river-label{fill:${c.retaken};font-style:italic;font-size:13.6px}
.map-date{font-weight:700;font-size:16px;${halo}}
.place-name{font-size:14px;font-weight:600;${halo}}
.place-leader{stroke:${c.muted};stroke-width:1}
.chart-svg .place-detail{font-size:13.5px;fill:${c.muted};${halo}}
.place .shape{display:none;stroke:${c.paper};stroke-width:1.5}
.place[data-status="held"] .shape-held{display:inline;fill:${c['is-held']}}
.place[data-status="retaken"] .shape-retaken{display:inline;fill:${c.retaken}}
.place[data-status="contested"] .shape-contested{display:inline;fill:${c.contested}}
.place[data-status="not-held"] .shape-not-held{display:inline;fill:${c.paper};stroke:${c.neutral};stroke-width:2}
.chart-svg .place[data-status="held"] .place-status{fill:${c['is-held']};font-weight:700}
${dated ? '.place-period,.place-detail-static{display:none}' : '.place-status,.place-detail-live{display:none}'}
.legend-frame{fill:${c.paper};fill-opacity:0.92;stroke:${c.rule}}
.legend-title{font-weight:700}
.chart-svg .legend-text{font-size:14px}
.legend-shape{stroke:${c.paper};stroke-width:1.5}
.legend-held{fill:${c['is-held']}}
.legend-retaken{fill:${c.retaken}}
.legend-contested{fill:${c.contested}}
.legend-not-held{fill:${c.paper};stroke:${c.neutral};stroke-width:2}
.size-panel{fill:${c.paper}}
.size-controlled{fill:${c['is-held']};fill-opacity:0.35;stroke:${c['is-held']};stroke-width:2}
.chart-svg[data-chart="size-map"] .label,.chart-svg[data-chart="size-map"] .country-label{${halo}}
.size-influence-leader{stroke:${c.influence};stroke-width:1}
.size-influence{fill:none;stroke:${c.influence};stroke-width:2;stroke-dasharray:6 4}
`.trim();
}
