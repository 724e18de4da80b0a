/**
 * What Decap hands a registered widget's control (decap-cms-core's Widget.js passes these),
 * typed as far as our widgets use them. Decap reaches the control through a ref, so every
 * control is a class component.
 */
import type { Map as ImmutableMap } from 'immutable';

export interface ControlProps<Value> {
  value: Value | null | undefined;
  field: ImmutableMap<string, unknown>;
  onChange(value: Value): void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  /** The entry as it is now in Decap's store (the `entry` prop is a stale copy). */
  getEntry(): ImmutableMap<string, unknown> | undefined;
  /** Another entry as the backend has it now, e.g. the hub a calendar belongs to. */
  loadEntry(collection: string, slug: string): Promise<{ data?: unknown }>;
}
