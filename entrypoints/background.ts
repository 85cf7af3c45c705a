// The background answers the panel and content scripts (entry details, the context menu) as those
// features land; for now it only exists so that every browser has one extension context to address.
export default defineBackground(() => {});
