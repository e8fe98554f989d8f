import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  AppShell,
  Avatar,
  Box,
  Burger,
  Button,
  Group,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  ThemeIcon,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconClipboardList,
  IconLogout,
  IconPackages,
  IconReceipt,
  IconSettings,
  IconSunHigh,
  IconUsers,
} from '@tabler/icons-react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import { failureMessage } from '../lib/requestErrors';
import { DisplayFormatProvider } from '../lib/useFormat';
import { isAllOrdersView } from '../orders/list/ordersListParams';
import classes from './AppLayout.module.css';
import { ApiUnreachableBanner } from './ApiUnreachableBanner';
import { LiveNotifications } from './LiveNotifications';
import { NAVBAR_WIDTH, NOTIFICATION_CLEARANCE } from './notificationPlacement';
import { HOME_PATH, SIGN_IN_PATH, useSession } from './session';

export const AppLayoutUserFragment = graphql(`
  fragment AppLayout_user on SellerUser {
    id
    name
    email
    role
    seller {
      id
      name
      locale
      timeZone
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => part?.charAt(0).toUpperCase() ?? '').join('');
}

const ROLE_LABEL = { OWNER: 'Owner', STAFF: 'Staff' } as const;

export function AppLayout(props: { user: FragmentType<typeof AppLayoutUserFragment> }) {
  const user = getFragmentData(AppLayoutUserFragment, props.user);
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const session = useSession();
  const [signOut, { loading: signingOut }] = useMutation(SignOutMutation);

  const onOrders = location.pathname === '/orders' || location.pathname.startsWith('/orders/');
  const allOrdersView = onOrders && isAllOrdersView(new URLSearchParams(location.search));

  async function handleSignOut() {
    try {
      await signOut();
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not sign out',
        message: failureMessage(error),
      });
      return;
    }
    session.onSessionChange();
    await client.clearStore();
    void navigate(SIGN_IN_PATH, { replace: true });
  }

  return (
    <AppShell
      // Keyboard users jump past the navigation straight to the page.
      header={{ height: 56 }}
      // Below md (portrait tablets, phones) the navigation folds behind the burger so the
      // tables get the full width.
      navbar={{ width: NAVBAR_WIDTH, breakpoint: 'md', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', md: 'lg', xl: 'xl' }}
    >
      <a href="#main-content" className={classes.skipLink}>
        Skip to main content
      </a>
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={toggleNav} hiddenFrom="md" size="sm" aria-label="Toggle navigation" />
            <UnstyledButton component={Link} to={HOME_PATH} className={classes.logo} aria-label="Order Desk: Today">
              <ThemeIcon size={30} radius="md" variant="filled">
                <IconPackages size={18} />
              </ThemeIcon>
              <Text fw={700} size="md">
                Order Desk
              </Text>
            </UnstyledButton>
          </Group>
          <Text size="sm" c="dimmed" truncate hiddenFrom="md">
            {user.seller.name}
          </Text>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label="Main navigation" className={classes.navbar}>
        <AppShell.Section className={classes.brand}>
          <Text size="xs" tt="uppercase" fw={600} c="dimmed" lts={0.4}>
            Seller
          </Text>
          <Text fw={600} size="sm" truncate>
            {user.seller.name}
          </Text>
        </AppShell.Section>

        <AppShell.Section grow component={ScrollArea} mt="sm">
          <NavLink
            component={Link}
            to={HOME_PATH}
            label="Today"
            description="What needs you now"
            leftSection={<IconSunHigh size={18} stroke={1.6} />}
            active={location.pathname === HOME_PATH}
            onClick={closeNav}
            className={classes.navLink}
          />
          <NavLink
            component={Link}
            to="/orders"
            label="Orders"
            leftSection={<IconClipboardList size={18} stroke={1.6} />}
            active={onOrders && !allOrdersView}
            onClick={closeNav}
            className={classes.navLink}
          />
          <NavLink
            component={Link}
            to="/orders?view=all"
            label="All Orders"
            description="Approved orders and invoices"
            leftSection={<IconReceipt size={18} stroke={1.6} />}
            active={allOrdersView}
            onClick={closeNav}
            className={classes.navLink}
          />
          <NavLink
            component={Link}
            to="/customers"
            label="Customers"
            description="Buyers, terms and balances"
            leftSection={<IconUsers size={18} stroke={1.6} />}
            active={location.pathname === '/customers'}
            onClick={closeNav}
            className={classes.navLink}
          />
          <NavLink
            component={Link}
            to="/settings"
            label="Settings"
            description="Profile Settings"
            leftSection={<IconSettings size={18} stroke={1.6} />}
            active={location.pathname === '/settings'}
            onClick={closeNav}
            className={classes.navLink}
          />
        </AppShell.Section>

        <AppShell.Section className={classes.userSection}>
          <Group gap="sm" wrap="nowrap" mb="sm">
            <Avatar radius="xl" color="desk" size={36}>
              {initials(user.name)}
            </Avatar>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} truncate>
                {user.name}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {ROLE_LABEL[user.role]} · {user.email}
              </Text>
            </Stack>
          </Group>
          <Button
            variant="default"
            size="xs"
            fullWidth
            leftSection={<IconLogout size={14} />}
            loading={signingOut}
            onClick={() => void handleSignOut()}
          >
            Sign out
          </Button>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main className={classes.main} id="main-content" tabIndex={-1}>
        <DisplayFormatProvider locale={user.seller.locale} timeZone={user.seller.timeZone}>
          <LiveNotifications />
          <ApiUnreachableBanner />
          <Outlet />
          {/* The page's last actions can always be scrolled above the bottom-right notification. */}
          <Box h={NOTIFICATION_CLEARANCE} className="no-print" aria-hidden />
        </DisplayFormatProvider>
      </AppShell.Main>
    </AppShell>
  );
}
