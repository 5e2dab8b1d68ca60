import { createContext, useContext } from "react";

/**
 * The reference of the request that rendered the page (the request id of the server's log lines),
 * shown on the error page so a person can quote it to support. On the server it comes from the load
 * context; in the browser entry.client reads it back from the error page the server sent, so
 * hydration renders the same text. `locationKey` is the key of the location that document shows
 * (react-router's "default", or the key in history.state after a reload): once the person has moved
 * on, the reference belongs to an earlier request and is not shown.
 */
export type RequestReference = { id: string | undefined; locationKey: string };
const RequestReferenceContext = createContext<RequestReference>({ id: undefined, locationKey: "default" });
export const RequestReferenceProvider = RequestReferenceContext.Provider;
export const useRequestReference = () => useContext(RequestReferenceContext);

/** Marks the element holding the reference, for entry.client to read. */
export const REFERENCE_ATTRIBUTE = "data-error-reference";
