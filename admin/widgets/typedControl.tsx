/** A Decap control (a class: Decap reaches it through a ref) around a TypedTextInput. */
import { Component, type ComponentType } from 'react';
import type { ControlProps } from './controlProps';
import { TypedTextInput, type TypedValue } from './TypedTextInput';

export function typedControl<Value>(kind: TypedValue<Value>): ComponentType<ControlProps<Value>> {
  return class TypedControl extends Component<ControlProps<Value>> {
    /** The value last stored: Decap validates on leaving the field, before its props catch up. */
    private latest: Value | undefined;

    getValidateValue(): Value | null | undefined {
      return this.latest ?? this.props.value;
    }

    private readonly change = (value: Value) => {
      this.latest = value;
      this.props.onChange(value);
    };

    override render() {
      const { forID, classNameWrapper, value, setActiveStyle, setInactiveStyle } = this.props;
      return (
        <TypedTextInput
          id={forID}
          className={classNameWrapper}
          value={value}
          kind={kind}
          onChange={this.change}
          onFocus={setActiveStyle}
          onBlur={setInactiveStyle}
        />
      );
    }
  };
}
