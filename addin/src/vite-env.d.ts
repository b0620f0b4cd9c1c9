/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Entra ID application (client) id of the add-in; set it to use nested app authentication. */
  readonly VITE_AAD_CLIENT_ID?: string;
  /** The API's delegated scope, e.g. api://<api-client-id>/access_as_user. */
  readonly VITE_API_SCOPE?: string;
  /** Optional authority; defaults to https://login.microsoftonline.com/common. */
  readonly VITE_AAD_AUTHORITY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
