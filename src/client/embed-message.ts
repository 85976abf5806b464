/**
 * What an embed tells the page that frames it, `{ type, chart, height }` (its height in CSS
 * pixels), and what the embed code's script listens for. One name for both sides.
 */
export const EMBED_HEIGHT_MESSAGE = 'explainer-embed:height';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  chart: string;
  height: number;
}
