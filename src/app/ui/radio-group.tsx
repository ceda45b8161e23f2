import type { ComponentChildren, LabelHTMLAttributes } from 'preact';

interface RadioGroupProps<T extends string | number> {
  legend: string;
  /** The radio buttons' shared name (also what keeps them one group). */
  name: string;
  options: readonly T[];
  /** The chosen option; null or undefined while none is. */
  value: T | null | undefined;
  onChoose: (option: T) => void;
  /** What each option shows next to its radio button. */
  label: (option: T) => ComponentChildren;
  /** Extra attributes per option's label, such as its own lang and dir. */
  labelProps?: (option: T) => LabelHTMLAttributes<HTMLLabelElement>;
  layout?: 'column' | 'row';
  children?: ComponentChildren;
}

/** One choice out of a few, as large tappable cards; `children` come after the options. */
export function RadioGroup<T extends string | number>(props: RadioGroupProps<T>) {
  return (
    <fieldset class={props.layout === 'row' ? 'choices choices-row' : 'choices'}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option} class="choice" {...props.labelProps?.(option)}>
          <input
            type="radio"
            name={props.name}
            value={String(option)}
            checked={props.value === option}
            onChange={() => props.onChoose(option)}
          />
          <span>{props.label(option)}</span>
        </label>
      ))}
      {props.children}
    </fieldset>
  );
}
