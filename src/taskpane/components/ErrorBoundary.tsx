import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";

/** Keeps a rendering bug from leaving the user with a blank pane: it shows what happened and a way to start again. */
export class ErrorBoundary extends Component<
  { message: string; reload: string; children: ReactNode },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          {this.props.message} ({this.state.error.message})
          <div>
            <Button size="small" onClick={() => window.location.reload()}>
              {this.props.reload}
            </Button>
          </div>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
