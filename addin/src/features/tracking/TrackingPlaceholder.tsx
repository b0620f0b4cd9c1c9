import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** Track Replies has its button in the manifest already; the view arrives with reply tracking. */
export function TrackingPlaceholder() {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Reply tracking is not available yet</MessageBarTitle>
        This pane will list every declaration you sent and what each reply really says — confirmed, conditional,
        declined, ambiguous or an auto-reply — once reply tracking ships. Nothing is tracked today.
      </MessageBarBody>
    </MessageBar>
  );
}
