import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
  type MessageBarProps,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** What an action says when it is done or has failed: a title and, maybe, one line more. */
export interface NoticeMessage {
  intent: MessageBarIntent;
  title: string;
  text?: string | undefined;
}

type Props = Omit<MessageBarProps, 'title' | 'children' | 'layout'> & {
  title?: ReactNode;
  /** A line of text after the title (a NoticeMessage spreads straight into a Notice). */
  text?: string | undefined;
  children?: ReactNode;
  /** Buttons beside the message; nothing is rendered for them when this is empty. */
  actions?: ReactNode;
  /** A fixed accessible name, in place of the title (which may change with the content). */
  label?: string;
};

/** A message bar the pane's panels share: a title, its text, and the actions that answer it. */
export function Notice({ title, text, children, actions, label, ...bar }: Props) {
  // Fluent names the bar by its title (aria-labelledby); a fixed label has to switch that off.
  const naming = label === undefined ? {} : { 'aria-label': label, 'aria-labelledby': undefined };
  return (
    <MessageBar layout="multiline" {...bar} {...naming}>
      <MessageBarBody>
        {title !== undefined && <MessageBarTitle>{title}</MessageBarTitle>}
        {text}
        {children}
      </MessageBarBody>
      {actions ? <MessageBarActions>{actions}</MessageBarActions> : null}
    </MessageBar>
  );
}
