import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { EPHEMERAL_MS, NAVBAR_WIDTH } from './notificationPlacement';
import classes from './notifications.module.css';
import { SessionContext, type Session } from './session';
import { cssVariablesResolver, theme } from './theme';

/**
 * Mantine (theme + notifications, which close by themselves and stay clear of the page's actions:
 * see notifications.module.css) around the given children. Tests pass
 * `env="test"`: no transitions or portals, so dropdowns open synchronously in jsdom.
 */
export function UiProviders({ children, env }: { children: ReactNode; env?: 'default' | 'test' }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" env={env}>
      <Notifications
        position="bottom-left"
        limit={3}
        containerWidth={360}
        autoClose={EPHEMERAL_MS}
        classNames={{ root: classes.root }}
        style={{ '--desk-navbar-width': `${NAVBAR_WIDTH}px` }}
      />
      {children}
    </MantineProvider>
  );
}

export function AppProviders(props: { client: ApolloClient; session: Session; children: ReactNode }) {
  return (
    <ApolloProvider client={props.client}>
      <SessionContext.Provider value={props.session}>
        <UiProviders>{props.children}</UiProviders>
      </SessionContext.Provider>
    </ApolloProvider>
  );
}
