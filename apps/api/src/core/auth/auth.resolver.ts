import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { AuthService, SESSION_COOKIE } from './auth.service';
import { CreateUserInput, LoginInput, UserType } from './auth.types';
import { Rule } from './rules';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Authorized(Rule.public)
  @Query(() => UserType, { nullable: true, description: 'L’utilisateur connecté, ou null' })
  me(@Ctx() ctx: RequestContext): UserType | null {
    return ctx.user;
  }

  @Authorized(Rule.public)
  @Mutation(() => UserType)
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: RequestContext): Promise<UserType> {
    const { user, token, expiresAt } = await this.auth.signIn(input.login, input.password);
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.req.secure,
      expires: expiresAt,
      path: '/',
    });
    return user;
  }

  @Authorized(Rule.signedIn)
  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    if (ctx.sessionToken) await this.auth.signOut(ctx.sessionToken);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Authorized(Rule.admin)
  @Query(() => [UserType])
  users(): Promise<UserType[]> {
    return this.auth.listUsers();
  }

  @Authorized(Rule.admin)
  @Mutation(() => UserType)
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: RequestContext): Promise<UserType> {
    return this.auth.createUser(ctx.user!, input);
  }
}
