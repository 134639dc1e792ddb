// Counts live timers, installed before the library so every timer it sets is seen.
const live = new Set();
const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
window.setTimeout = (fn, ms, ...args) => {
  const id = st(
    (...a) => {
      live.delete(id);
      if (typeof fn === 'function') fn(...a);
    },
    ms,
    ...args,
  );
  live.add(id);
  return id;
};
window.clearTimeout = (id) => {
  live.delete(id);
  ct(id);
};
window.setInterval = (fn, ms, ...args) => {
  const id = si(fn, ms, ...args);
  live.add(id);
  return id;
};
window.clearInterval = (id) => {
  live.delete(id);
  ci(id);
};
window.liveTimers = () => live.size;
