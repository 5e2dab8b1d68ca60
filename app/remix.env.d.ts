/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

// The import must come first: without it this declaration would replace @remix-run/node's types.
import "@remix-run/node";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}
