/** The one function of react-dom/server the tests use (the package ships no types; @types/react-dom is not installed). */
declare module 'react-dom/server' {
  import type { ReactNode } from 'react';
  export function renderToStaticMarkup(element: ReactNode): string;
}
