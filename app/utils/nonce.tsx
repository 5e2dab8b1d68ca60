import { createContext, useContext } from "react";

/** The per-response CSP nonce, given to every inline script Remix renders. */
const NonceContext = createContext<string>("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
