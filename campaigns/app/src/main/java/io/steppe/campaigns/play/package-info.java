/**
 * The game, {@code steppe play}: a player's moves are added to a campaign from the seat's date and
 * scored on the campaign's objectives against the campaign without them, over an ensemble of
 * matched seeds so that luck does not decide.
 */
package io.steppe.campaigns.play;
