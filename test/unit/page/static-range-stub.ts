// happy-dom has no StaticRange: a plain stand-in with the same fields is all the code under test reads.
export function stubStaticRange(): void {
  if (typeof globalThis.StaticRange === 'function') return;
  globalThis.StaticRange = class {
    startContainer: Node;
    startOffset: number;
    endContainer: Node;
    endOffset: number;
    collapsed = false;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
  } as unknown as typeof StaticRange;
}
