import type { ComponentChildren } from 'preact';

/** Dutch text marked as Dutch, so screen readers pronounce it as Dutch inside any interface language. */
export function Dutch({
  children,
  class: className,
}: {
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <span lang="nl" dir="ltr" class={className}>
      {children}
    </span>
  );
}
