/**
 * How a mark looks when its figure is not a sure result (figure.ts `figureClasses`):
 * plans and targets hollow with a dashed outline, work under way half filled, an
 * uncertain figure dotted. The outline takes the mark's colour from `--_colour`.
 */
import { css } from 'lit';

export const statusStyles = css`
  .bar:is(.plan, .target, .ongoing, .uncertain) {
    stroke: var(--_colour);
    stroke-width: 1.5px;
  }
  .bar:is(.plan, .target) {
    fill-opacity: 0.12;
    stroke-dasharray: 4 3;
  }
  .bar.ongoing {
    fill-opacity: 0.45;
  }
  .bar.uncertain {
    stroke-dasharray: 1 2.5;
  }
  .status {
    fill: var(--_muted);
    font-size: 11px;
  }
`;
