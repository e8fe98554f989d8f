import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { UserError, userError } from '../common/user-error';
import { UserErrorCode } from '../common/user-error-code';
import type { Context } from '../graphql/context';
import { SellerUser } from '../sellers/seller-user.entity';

@InputType({ description: 'Email and password of a seller user.' })
class SignInInput {
  @Field({ description: 'Sign-in email (any case).' })
  email: string;

  @Field({ description: 'The password.' })
  password: string;
}

@ObjectType({ description: 'The result of signIn.' })
class SignInPayload {
  @Field(() => SellerUser, { nullable: true, description: 'The signed-in user; null when sign-in failed.' })
  user: SellerUser | null;

  @Field(() => [UserError], { description: 'Why sign-in failed (empty on success).' })
  userErrors: UserError[];

  @Field(() => Int, {
    nullable: true,
    description: 'After too many failed attempts (TOO_MANY_ATTEMPTS): seconds until sign-in may be tried again.',
  })
  retryAfterSeconds?: number | null;
}

@ObjectType({ description: 'The result of signOut.' })
class SignOutPayload {
  @Field({ description: 'Always true: the session is gone.' })
  signedOut: boolean;
}

@Resolver()
export class AuthResolver {
  @Query(() => SellerUser, {
    nullable: true,
    description: 'The signed-in seller user; null when signed out or when called with an API key.',
  })
  async me(@Ctx() ctx: Context): Promise<SellerUser | null> {
    if (ctx.viewer?.kind !== 'USER') return null;
    return ctx.services.sellers.user(ctx.viewer.userId);
  }

  @Mutation(() => SignInPayload, { description: 'Signs in with email and password and sets the session cookie.' })
  async signIn(
    @Arg('input', { description: 'Email and password.' }) input: SignInInput,
    @Ctx() ctx: Context,
  ): Promise<SignInPayload> {
    if (!ctx.sessionCookie) {
      return {
        user: null,
        userErrors: [userError(UserErrorCode.NOT_SUPPORTED, 'Sign in over HTTP, not a WebSocket.')],
      };
    }
    if (!input.email.trim()) {
      return { user: null, userErrors: [userError(UserErrorCode.REQUIRED, 'Enter your email.', ['input', 'email'])] };
    }
    if (!input.password || input.password.length > 1024) {
      return {
        user: null,
        userErrors: [userError(UserErrorCode.REQUIRED, 'Enter your password.', ['input', 'password'])],
      };
    }
    const result = await ctx.services.sessions.signIn(input.email, input.password, ctx.clientAddress);
    if (result.kind === 'TOO_MANY_ATTEMPTS') {
      const minutes = Math.ceil(result.retryAfterSeconds / 60);
      return {
        user: null,
        retryAfterSeconds: result.retryAfterSeconds,
        userErrors: [
          userError(
            UserErrorCode.TOO_MANY_ATTEMPTS,
            `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
          ),
        ],
      };
    }
    if (result.kind === 'INVALID_CREDENTIALS') {
      return {
        user: null,
        userErrors: [
          userError(UserErrorCode.INVALID_CREDENTIALS, 'That email and password do not match an account.', [
            'input',
            'password',
          ]),
        ],
      };
    }
    const { session } = result;
    ctx.sessionCookie.set(session.token, session.expiresAt);
    ctx.logger.info({ userId: session.user.id }, 'seller user signed in');
    return { user: session.user, userErrors: [] };
  }

  @Mutation(() => SignOutPayload, { description: 'Ends the current session and clears its cookie.' })
  async signOut(@Ctx() ctx: Context): Promise<SignOutPayload> {
    await ctx.services.sessions.signOut(ctx.sessionCookie?.read());
    ctx.sessionCookie?.clear();
    return { signedOut: true };
  }
}
