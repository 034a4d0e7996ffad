/** Schoolnabij's logo on the login and create-first-user screens (admin.components.graphics.Logo). */
import { MarkShapes } from './Mark.tsx';

export function Logo() {
  return (
    <svg className="schoolnabij-logo" role="img" aria-label="Schoolnabij" viewBox="0 0 212 40" width={212} height={40}>
      <g transform="translate(0 4)">
        <MarkShapes />
      </g>
      <text x={44} y={28} fill="currentColor" style={{ font: '600 25px system-ui, -apple-system, "Segoe UI", sans-serif', letterSpacing: '-0.01em' }}>
        Schoolnabij
      </text>
    </svg>
  );
}
