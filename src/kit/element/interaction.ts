/**
 * What a chart loads at the first event on its marks (mark-interaction.ts): the event
 * handlers, and the tooltip with its content and styles. One chunk, shared by every chart on the page.
 */
export { handleMarkEvent } from './mark-handlers.js';
export { renderTooltip } from '../marks/tooltip.js';
export { tooltipStyles } from '../marks/tooltip-styles.js';
export { figureTip } from '../marks/figure-tip.js';
export { splitQuote, zhLang } from '../marks/quote.js';
