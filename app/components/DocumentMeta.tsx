import { Meta } from "@remix-run/react";
import { useContext, useMemo } from "react";
import { UNSAFE_DataRouterStateContext as DataRouterStateContext } from "react-router-dom";
import { isRefusal } from "~/utils/forms";

/**
 * Remix's `<Meta />`, told whether an action on the page has just refused a form, so that `pageMeta`
 * puts "Feil:" in front of the title (GOV.UK's error-summary pattern). A `meta` function sees loader
 * data but never action data, and the title must be right in the server's render after a POST without
 * JavaScript as well as after a submission with it. The router's state holds every route's action
 * data on both sides, so the flag is added to the root's data for `<Meta />` alone; every other
 * component reads the router's own state. Setting `document.title` in an effect would not do: React
 * owns the title's text and would keep writing the old one.
 */
export function DocumentMeta() {
  const state = useContext(DataRouterStateContext);
  const refused = Object.values(state?.actionData ?? {}).some(isRefusal);
  const value = useMemo(() => {
    if (!state || !refused) return state;
    const root = state.loaderData.root as Record<string, unknown> | undefined;
    return { ...state, loaderData: { ...state.loaderData, root: { ...root, refused: true } } };
  }, [state, refused]);
  return (
    <DataRouterStateContext.Provider value={value}>
      <Meta />
    </DataRouterStateContext.Provider>
  );
}
