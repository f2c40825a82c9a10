// Lets server modules load in Vitest, where the "react-server" condition is absent.
export {};
