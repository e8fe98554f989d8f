import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconPackages } from '@tabler/icons-react';
import { useState, type SubmitEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { safeNextPath, useSession } from '../app/session';
import { CurrentUserDocument } from '../graphql/graphql';
import { graphql } from '../graphql';
import { failureMessage } from '../lib/requestErrors';
import { readUserErrors, type UserErrorLike } from '../lib/userErrors';
import classes from './SignInPage.module.css';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const DEMO_EMAIL = 'owner@demo-brand.test';
export const DEMO_PASSWORD = 'demo-password';

interface FormErrors {
  form?: string;
  email?: string;
  password?: string;
}

/** Field errors go under their input; anything else (e.g. bad credentials) above the form. */
function toFormErrors(userErrors: ReadonlyArray<UserErrorLike>): FormErrors {
  const errors: FormErrors = {};
  for (const userError of userErrors) {
    const field = userError.field?.[userError.field.length - 1];
    if (field === 'email' && !errors.email) errors.email = userError.message;
    else if (field === 'password' && !errors.password) errors.password = userError.message;
    else if (!errors.form) errors.form = userError.message;
  }
  return errors;
}

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const session = useSession();
  // Asked of the server, not the cache: after a session expired mid-use the cache still holds
  // the user, who must not be bounced back to the page that just failed.
  const current = useQuery(CurrentUserDocument, { fetchPolicy: 'network-only' });
  const [signIn, { loading }] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});

  if (current.data?.me) return <Navigate to={next} replace />;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmedEmail = email.trim();
    const missing: FormErrors = {};
    if (!trimmedEmail) missing.email = 'Enter your email address';
    if (!password) missing.password = 'Enter your password';
    if (missing.email || missing.password) {
      setErrors(missing);
      return;
    }
    setErrors({});
    try {
      const { data } = await signIn({ variables: { input: { email: trimmedEmail, password } } });
      const payload = data?.signIn;
      if (!payload) {
        setErrors({ form: 'Sign-in failed. Please try again.' });
        return;
      }
      if (payload.userErrors.length > 0 || !payload.user) {
        const formErrors = toFormErrors(readUserErrors(payload.userErrors));
        setErrors(Object.keys(formErrors).length > 0 ? formErrors : { form: 'Sign-in failed. Please try again.' });
        return;
      }
      session.onSessionChange();
      // A fresh cache for the new session: nothing from a previous user survives, and the
      // current-user query is fetched again with the new cookie.
      await client.resetStore();
      void navigate(next, { replace: true });
    } catch (error) {
      setErrors({ form: failureMessage(error) });
    }
  }

  return (
    <Center component="main" mih="100vh" p="md" className={classes.background}>
      <title>Sign in · Order Desk</title>
      <Box w="100%" maw={400}>
        <Stack align="center" gap="xs" mb="lg">
          <ThemeIcon size={44} radius="md">
            <IconPackages size={26} />
          </ThemeIcon>
          <Title order={1} ta="center">
            Sign in to Order Desk
          </Title>
          <Text size="sm" c="dimmed" ta="center">
            Review, accept and fulfil your wholesale orders.
          </Text>
        </Stack>

        <Paper withBorder shadow="sm" p="xl">
          <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Sign in">
            <Stack gap="md">
              {errors.form && (
                <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
                  {errors.form}
                </Alert>
              )}
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                placeholder="you@brand.com"
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={errors.email}
                required
                data-autofocus
                autoFocus
              />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={errors.password}
                required
              />
              <Button type="submit" fullWidth loading={loading} mt="xs">
                Sign in
              </Button>
            </Stack>
          </form>
        </Paper>

        <Text size="xs" c="dimmed" ta="center" mt="md">
          Demo account: {DEMO_EMAIL} / {DEMO_PASSWORD}{' '}
          <Anchor
            component="button"
            type="button"
            size="xs"
            onClick={() => {
              setEmail(DEMO_EMAIL);
              setPassword(DEMO_PASSWORD);
              setErrors({});
            }}
          >
            Use demo account
          </Anchor>
        </Text>
      </Box>
    </Center>
  );
}
