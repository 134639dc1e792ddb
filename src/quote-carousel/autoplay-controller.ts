import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Automatic rotation for a carousel. `playing` is the visitor's choice (the pause/play
 * button; user navigation and keyboard focus turn it off); `hovered` pauses for as long
 * as the pointer rests on the carousel. One timer at most, cleared on disconnect, so a
 * carousel taken out of the page leaves nothing behind.
 */
export class AutoplayController implements ReactiveController {
  /** Rotation is wanted (it runs while the pointer is not over the carousel). */
  playing = false;
  /** The pointer rests on the carousel. */
  hovered = false;
  private timer?: ReturnType<typeof setTimeout>;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly tick: () => void,
    private readonly interval: () => number,
  ) {
    host.addController(this);
  }

  /** Slides are changing by themselves now (screen readers should not be told each change). */
  get running(): boolean {
    return this.playing && !this.hovered;
  }

  /** Sets `playing` or `hovered` and re-renders the host (button name, live region). */
  set(state: Partial<Pick<AutoplayController, 'playing' | 'hovered'>>): void {
    Object.assign(this, state);
    this.sync();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.sync();
  }

  /** Arms one timer while rotation should run; the tick re-renders the host, which re-arms it. */
  private sync(): void {
    if (this.running && this.connected) {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        this.tick();
      }, this.interval());
    } else {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }
}
