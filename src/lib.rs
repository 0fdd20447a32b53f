//! linkedin-exposure: what of a LinkedIn member's data export falls under LinkedIn's generative-AI training.
