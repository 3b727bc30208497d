/**
 * Where a key's named parameter is used (docs/key-format.md: a value written `{ "param": "name" }`
 * anywhere in a component — its share of the pool, a rate, an amount, a band). The studio makes a
 * slider of a parameter that sets a share and a number field of any other.
 */
import type { ComponentDefinition, KeyDefinition } from './key.schema';

export interface ParameterUse {
  component: ComponentDefinition;
  /** The parameter is this component's share of the pool (percent). */
  asShare: boolean;
}

/** `{ "param": name }` exactly: an object whose one field is `param`. */
function isReferenceTo(value: unknown, name: string): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'param' && (value as { param: unknown }).param === name;
}

function refersTo(value: unknown, name: string): boolean {
  if (isReferenceTo(value, name)) return true;
  if (Array.isArray(value)) return value.some((item) => refersTo(item, name));
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some((item) => refersTo(item, name));
}

/** The components of `key` that refer to the parameter `name`, in the key's order. */
export function parameterUsers(key: KeyDefinition, name: string): ParameterUse[] {
  return key.components
    .filter((component) => refersTo(component, name))
    .map((component) => ({ component, asShare: 'share' in component && isReferenceTo(component.share, name) }));
}
