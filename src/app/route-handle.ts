/** What a route says about itself to the app's shell (read with useMatches). */
export type RouteHandle = {
  /** Its figures follow the filter in the address, so a printed report states that filter. */
  filtered?: boolean;
};
