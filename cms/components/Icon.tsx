/** Schoolnabij's mark in the admin's navigation and header (admin.components.graphics.Icon). */
import { MarkShapes } from './Mark.tsx';

export function Icon() {
  return (
    <svg className="schoolnabij-icon" role="img" aria-label="Schoolnabij" viewBox="0 0 32 32" width={18} height={18}>
      <MarkShapes />
    </svg>
  );
}
