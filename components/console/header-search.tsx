// The header's "find a code" box: a plain GET form to /search, so it works before any script loads.
export function HeaderSearch() {
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label="Find a code"
      className="flex min-w-0 flex-1 items-center gap-2 md:max-w-sm"
    >
      <input
        name="q"
        type="search"
        aria-label="Find a coupon code, POS serial or offer"
        placeholder="Find a code, serial or offer…"
        className="block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm placeholder:text-slate-400 focus:border-indigo-500 focus:ring-1 focus:ring-indigo-500 focus:outline-none"
      />
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
        Find
      </button>
    </form>
  );
}
