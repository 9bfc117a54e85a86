// Deep structural equality for "is there anything new to write?" checks (reflect.DeepEqual in
// syncRolloutStatus): the core's jsonEqual, where absent and undefined properties are equal.
export { jsonEqual } from '../../../apimachinery/object.ts';
