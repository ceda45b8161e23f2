import type { IconName } from '../../core/pack/vocabulary';
import { CHALLENGE_ICONS, UI_ICONS, type UiIconName } from '../../core/icon-paths';

interface IconProps {
  name: UiIconName | IconName;
  /** Size in em, so icons grow with the text size setting. */
  size?: number;
  /** Mirror in right-to-left languages (arrows and the like). */
  isDirectional?: boolean;
  class?: string;
}

/** A decorative picture next to text; the text beside it carries the meaning for screen readers. */
export function Icon({
  name,
  size = 1.5,
  isDirectional = false,
  class: className = '',
}: IconProps) {
  const path = name in UI_ICONS ? UI_ICONS[name as UiIconName] : CHALLENGE_ICONS[name as IconName];
  return (
    <svg
      class={`icon ${isDirectional ? 'icon-directional' : ''} ${className}`}
      viewBox="0 0 24 24"
      width={`${size}em`}
      height={`${size}em`}
      aria-hidden="true"
      focusable="false"
    >
      <path d={path} />
    </svg>
  );
}
