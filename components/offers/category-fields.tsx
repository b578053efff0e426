"use client";
// The part of the offer form that depends on category.kind: discount, product filters, buy/get
// sections, the bundle items repeater, free-shipping options.
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { ShippingMethodPicker } from "@/components/offers/audience-pickers";
import { errorAt } from "@/components/offers/form-errors";
import { NumberField } from "@/components/offers/number-field";
import { ProductFilterField } from "@/components/offers/product-filter-field";
import { Button } from "@/components/ui/button";
import { FIXED_KINDS, type Kind } from "@/lib/offers/category-schema";

function BuyGet({ which, categories, disabled }: { which: "buy" | "get"; categories: string[]; disabled: boolean }) {
  const title = which === "buy" ? "Buy" : "Get";
  return (
    <section className="space-y-2 rounded-md bg-slate-50 p-3" aria-label={`${title} section`}>
      <h4 className="text-sm font-semibold text-slate-800">
        {which === "buy" ? "Customer buys" : "Customer gets (cheapest eligible units)"}
      </h4>
      <NumberField name={`category.${which}.quantity`} label={`${title} quantity`} step="1" disabled={disabled} />
      <ProductFilterField name={`category.${which}.products`} legend={`${title} products`} categories={categories} disabled={disabled} />
    </section>
  );
}

function BundleItems({ categories, disabled }: { categories: string[]; disabled: boolean }) {
  const { control, formState } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: "category.items" });
  const error = errorAt(formState.errors, "category.items");
  return (
    <section className="space-y-3" aria-label="Bundle items">
      <h4 className="text-sm font-semibold text-slate-800">Bundle items</h4>
      {fields.map((item, index) => (
        <div key={item.id} className="space-y-2 rounded-md bg-slate-50 p-3">
          <div className="flex items-end justify-between gap-2">
            <NumberField name={`category.items.${index}.quantity`} label={`Item ${index + 1} quantity`} step="1" disabled={disabled} />
            {disabled || fields.length <= 1 ? null : (
              <Button variant="ghost" onClick={() => remove(index)}>
                Remove item {index + 1}
              </Button>
            )}
          </div>
          <ProductFilterField
            name={`category.items.${index}.products`}
            legend={`Item ${index + 1} products`}
            categories={categories}
            disabled={disabled}
          />
        </div>
      ))}
      {error ? (
        <p role="alert" className="text-xs font-medium text-rose-600">
          {error}
        </p>
      ) : null}
      {disabled ? null : (
        <Button variant="secondary" onClick={() => append({ quantity: 1, products: { productIds: [] } })}>
          + Bundle item
        </Button>
      )}
    </section>
  );
}

function CartFilterToggle({ categories, disabled }: { categories: string[]; disabled: boolean }) {
  const { setValue } = useFormContext();
  const products = useWatch({ name: "category.products" });
  return (
    <div className="space-y-2">
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          disabled={disabled}
          checked={products !== undefined}
          onChange={(e) => setValue("category.products", e.target.checked ? { productIds: [] } : undefined, { shouldDirty: true })}
        />
        Only on some products (the cart amount is computed on the matching lines)
      </label>
      {products !== undefined ? (
        <ProductFilterField name="category.products" legend="Eligible products" categories={categories} disabled={disabled} />
      ) : null}
    </div>
  );
}

export function CategoryFields({
  kind,
  categories,
  shippingMethods,
  disabled,
}: {
  kind: Kind;
  categories: string[];
  shippingMethods: string[];
  disabled: boolean;
}) {
  const fixed = FIXED_KINDS.includes(kind);
  const discount =
    kind === "FreeShipping" ? null : (
      <NumberField
        name="category.discount"
        label={fixed ? "Amount off" : "Percentage off"}
        hint={fixed ? "In major units (5.50), for every currency without its own amount below." : "More than 0, at most 100."}
        disabled={disabled}
      />
    );
  switch (kind) {
    case "CartLevelPercentage":
    case "CartLevelFixed":
      return (
        <div className="space-y-3">
          {discount}
          <CartFilterToggle categories={categories} disabled={disabled} />
        </div>
      );
    case "ProductLevelPercentage":
    case "ProductLevelFixed":
      return (
        <div className="space-y-3">
          <div className="grid gap-3 md:grid-cols-2">
            {discount}
            <NumberField name="category.maxQuantity" label="Max units per line (optional)" step="1" disabled={disabled} />
          </div>
          <ProductFilterField name="category.products" legend="Discounted products" categories={categories} disabled={disabled} />
        </div>
      );
    case "BogoPercentage":
    case "BogoFixed":
      return (
        <div className="space-y-3">
          <div className="grid gap-3 md:grid-cols-2">
            {discount}
            <NumberField name="category.maxApplications" label="Max applications per cart (optional)" step="1" disabled={disabled} />
          </div>
          <div className="grid gap-3 lg:grid-cols-2">
            <BuyGet which="buy" categories={categories} disabled={disabled} />
            <BuyGet which="get" categories={categories} disabled={disabled} />
          </div>
        </div>
      );
    case "BundlePercentage":
    case "BundleFixed":
      return (
        <div className="space-y-3">
          <div className="grid gap-3 md:grid-cols-2">
            {discount}
            <NumberField name="category.maxApplications" label="Max bundles per cart (optional)" step="1" disabled={disabled} />
          </div>
          <BundleItems categories={categories} disabled={disabled} />
        </div>
      );
    case "FreeShipping":
      return <ShippingMethodPicker known={shippingMethods} disabled={disabled} />;
  }
}
