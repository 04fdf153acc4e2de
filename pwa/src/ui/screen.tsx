import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A screen with its heading. On arrival focus moves to the heading, so screen-reader users
 * hear where they are after every navigation (the page does not reload between screens).
 */
// The first screen after a page load keeps the browser's own focus; later ones take it.
let firstScreen = true;

export function Screen({
  title,
  children,
  back,
}: {
  title: string;
  children: ComponentChildren;
  back?: ComponentChildren;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstScreen) firstScreen = false;
    else heading.current?.focus();
  }, [title]);
  return (
    <main id="main" class="screen">
      {back}
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </main>
  );
}
