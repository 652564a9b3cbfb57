// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Lightsail}: {@link Alarm}, {@link Bucket}, {@link Certificate},
 * {@link ContactMethod}, {@link Container}, {@link Database}, {@link DatabaseSnapshot}, {@link
 * Disk}, {@link DiskSnapshot}, {@link Distribution}, {@link Domain}, {@link Instance}, {@link
 * InstanceSnapshot}, {@link KeyPair}, {@link LoadBalancer}, {@link LoadBalancerTlsCertificate},
 * {@link StaticIp}.
 */
package io.tropo4j.resources.lightsail;
