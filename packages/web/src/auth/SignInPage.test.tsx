import { screen, waitFor } from '@testing-library/react';
import { RequireAuth } from '../app/RequireAuth';
import { CurrentUserDocument, SignInDocument } from '../graphql/graphql';
import { aSellerUser } from '../test/fixtures';
import { currentUrl, mock, renderApp } from '../test/render';
import { SignInPage } from './SignInPage';

const signedOut = mock({ request: { query: CurrentUserDocument }, result: { data: { me: null } } });
const signedIn = mock({ request: { query: CurrentUserDocument }, result: { data: { me: aSellerUser() } } });

const routes = [
  { path: '/sign-in', element: <SignInPage /> },
  { element: <RequireAuth />, children: [{ path: '/orders', element: <p>Orders list</p> }] },
];

async function fillAndSubmit(user: ReturnType<typeof renderApp>['user'], email: string, password: string) {
  await user.type(screen.getByLabelText(/^email/i), email);
  await user.type(screen.getByLabelText(/^password/i), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('puts the whole page in the main landmark', async () => {
    renderApp({ routes, url: '/sign-in', mocks: [signedOut] });

    const main = await screen.findByRole('main');
    expect(main).toContainElement(screen.getByRole('heading', { level: 1, name: 'Sign in to Order Desk' }));
    expect(main).toContainElement(screen.getByRole('button', { name: 'Use demo account' }));
  });

  it('shows the error from userErrors on bad credentials', async () => {
    const { user } = renderApp({
      routes,
      url: '/sign-in',
      mocks: [
        signedOut,
        mock({
          request: {
            query: SignInDocument,
            variables: { input: { email: 'owner@demo-brand.test', password: 'wrong' } },
          },
          result: {
            data: {
              signIn: {
                __typename: 'SignInPayload',
                user: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    code: 'INVALID_CREDENTIALS',
                    field: null,
                    message: 'The email or password is incorrect.',
                  },
                ],
              },
            },
          },
        }),
      ],
    });

    await fillAndSubmit(user, 'owner@demo-brand.test', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is incorrect.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('puts field errors under their input', async () => {
    const { user } = renderApp({
      routes,
      url: '/sign-in',
      mocks: [
        signedOut,
        mock({
          request: { query: SignInDocument, variables: { input: { email: 'nobody', password: 'x' } } },
          result: {
            data: {
              signIn: {
                __typename: 'SignInPayload',
                user: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    code: 'INVALID_EMAIL',
                    field: ['input', 'email'],
                    message: 'Enter a valid email address.',
                  },
                ],
              },
            },
          },
        }),
      ],
    });

    await fillAndSubmit(user, 'nobody', 'x');

    expect(await screen.findByText('Enter a valid email address.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^email/i)).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for missing credentials without calling the server', async () => {
    const { user } = renderApp({ routes, url: '/sign-in', mocks: [signedOut] });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your email address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
  });

  it('signs in and returns to the page the seller came from', async () => {
    const { user, router } = renderApp({
      routes,
      url: '/sign-in?next=%2Forders%3Fstatus%3DPENDING',
      mocks: [
        signedOut,
        mock({
          request: {
            query: SignInDocument,
            variables: { input: { email: 'owner@demo-brand.test', password: 'demo-password' } },
          },
          result: {
            data: {
              signIn: { __typename: 'SignInPayload', user: { __typename: 'SellerUser', id: 'U1' }, userErrors: [] },
            },
          },
        }),
        signedIn,
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Use demo account' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Orders list')).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/orders?status=PENDING');
  });
});

describe('RequireAuth', () => {
  it('sends a signed-out visitor to sign in, remembering where they were going', async () => {
    const { router } = renderApp({ routes, url: '/orders?status=PENDING', mocks: [signedOut] });
    expect(await screen.findByRole('heading', { name: 'Sign in to Order Desk' })).toBeInTheDocument();
    await waitFor(() => expect(currentUrl(router)).toBe('/sign-in?next=%2Forders%3Fstatus%3DPENDING'));
  });

  it("shows the seller's brand and user name in the layout", async () => {
    renderApp({ routes, url: '/orders', mocks: [signedIn] });
    expect(await screen.findByText('Orders list')).toBeInTheDocument();
    expect(screen.getAllByText('Demo Brand').length).toBeGreaterThan(0);
    expect(screen.getByText('Olivia Owner')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Orders$/ })).toHaveAttribute('href', '/orders');
    expect(screen.getByRole('link', { name: /All Orders/ })).toHaveAttribute('href', '/orders?view=all');
  });
});
