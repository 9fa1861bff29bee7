import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { LocalDateScalar } from '../graphql/scalars';

@ObjectType('Commune')
export class CommuneType {
  @Field(() => ID) inseeCode: string;
  @Field() name: string;
  @Field(() => Int) population: number;
  @Field(() => [String]) postalCodes: string[];
}

@ObjectType('ServiceMembership')
export class ServiceMembershipType {
  @Field(() => ID) id: string;
  @Field() service: string;
  @Field(() => String, { nullable: true }) option: string | null;
  @Field(() => CommuneType) commune: CommuneType;
  @Field(() => LocalDateScalar) validFrom: string;
  @Field(() => LocalDateScalar, { nullable: true }) validTo: string | null;
}

@InputType()
export class AddServiceMembershipInput {
  @Field() @Length(1, 40) service: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 40) option: string | null;
  @Field() @Matches(/^\d[\dAB]\d{3}$/, { message: 'Le code INSEE doit faire 5 caractères.' }) communeInsee: string;
  @Field(() => LocalDateScalar) validFrom: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() validTo: string | null;
}
