// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Lex}: {@link Bot}, {@link BotAlias}, {@link BotVersion}, {@link
 * ResourcePolicy}.
 */
package io.tropo4j.resources.lex;
