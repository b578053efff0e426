// The store restriction shared by the rule and campaign forms: one store, or one store group, or all.
import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, Select } from "@/components/ui/field";

export type Choice = { id: string; name: string };

export function StoreScopeFields({
  idPrefix,
  stores,
  groups,
  store,
  group,
  storeError,
  groupError,
}: {
  idPrefix: string;
  stores: Choice[];
  groups: Choice[];
  store: UseFormRegisterReturn;
  group: UseFormRegisterReturn;
  storeError?: string;
  groupError?: string;
}) {
  return (
    <>
      <Field
        id={`${idPrefix}-store`}
        label="Store"
        hint="Leave both empty for every store; choose a store or a group, not both."
        error={storeError}
      >
        <Select id={`${idPrefix}-store`} invalid={Boolean(storeError)} {...store}>
          <option value="">Any store</option>
          {stores.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.id})
            </option>
          ))}
        </Select>
      </Field>
      <Field id={`${idPrefix}-group`} label="Store group" error={groupError}>
        <Select id={`${idPrefix}-group`} invalid={Boolean(groupError)} {...group}>
          <option value="">Any group</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name} ({g.id})
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
