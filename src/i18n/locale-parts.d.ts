declare module '*.json?part=first' {
  const messages: import('./parts').Messages;
  export default messages;
}

declare module '*.json?part=rest' {
  const messages: import('./parts').Messages;
  export default messages;
}
